import SiyuData

/// 5A layers from our exports (KPIS.md §6): each contact in the pool at the instant is placed in the highest
/// layer it reached — O (not reached) → A1 Aware → A2 Appeal → A3 Ask → A4 Act → A5 Advocate.
package enum FiveALayerCalculator {
    package enum Layer: Int, Sendable, CaseIterable, Comparable, Hashable {
        case o, aware, appeal, ask, act, advocate

        package var label: String {
            switch self {
            case .o: "O 机会"
            case .aware: "A1 了解"
            case .appeal: "A2 吸引"
            case .ask: "A3 问询"
            case .act: "A4 行动"
            case .advocate: "A5 拥护"
            }
        }

        package var english: String {
            switch self {
            case .o: "O Opportunity"
            case .aware: "A1 Aware"
            case .appeal: "A2 Appeal"
            case .ask: "A3 Ask"
            case .act: "A4 Act"
            case .advocate: "A5 Advocate"
            }
        }

        package static func < (lhs: Layer, rhs: Layer) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Layer of every contact in the pool at `instant` by contact number; nil for the others.
    package static func layers(_ inputs: MetricInputs, at instant: Int64) -> [Layer?] {
        let interactionStart = instant - inputs.settings.interactionLookbackDays * secondsPerDay
        let purchaseStart = instant - inputs.settings.rfmLookbackDays * secondsPerDay
        let replyWindow = inputs.settings.responseWindowHours * 3600
        var result = [Layer?](repeating: nil, count: inputs.contactAdded.count)
        for index in result.indices where inputs.isInPool(index, at: instant) {
            result[index] = layer(inputs, index, at: instant, interactionStart: interactionStart,
                                  purchaseStart: purchaseStart, replyWindow: replyWindow)
        }
        return result
    }

    private static func layer(_ inputs: MetricInputs, _ contact: Int, at instant: Int64, interactionStart: Int64,
                              purchaseStart: Int64, replyWindow: Int64) -> Layer {
        let orders = inputs.purchaseRange(Int(inputs.contactPerson[contact]), from: purchaseStart, to: instant).count
        if orders >= 2 || inputs.firstRefereeAdd[contact] < instant { return .advocate }
        if orders == 1 { return .act }
        var layer = Layer.o
        var lastBroadcast: Int64?
        // Only a broadcast within the reply window before the lookback can matter to a touch inside it.
        for touch in inputs.firstTouch(contact, from: interactionStart - replyWindow)..<inputs.touches.range(of: contact).upperBound {
            let at = inputs.touchAt[touch]
            guard at < instant else { break }
            let kind = inputs.touchKind[touch], direction = inputs.touchDirection[touch]
            if direction == .outbound && (kind == .massSend || kind == .moment) { lastBroadcast = at }
            guard at >= interactionStart else { continue }
            switch (kind, direction) {
            case (.privateChat, .inbound): layer = max(layer, .ask)
            case (.groupMessage, .inbound): layer = max(layer, .appeal)
            case (_, .inbound) where lastBroadcast.map { at - $0 <= replyWindow } ?? false: layer = max(layer, .appeal)
            case (_, .outbound): layer = max(layer, .aware)
            default: break
            }
        }
        return layer
    }
}
