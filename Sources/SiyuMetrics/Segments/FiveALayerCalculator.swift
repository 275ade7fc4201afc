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

    /// Layer of every contact in the pool at `instant`, keyed by contact id.
    package static func layers(_ inputs: MetricInputs, at instant: Int64) -> [String: Layer] {
        let interactionStart = instant - inputs.settings.interactionLookbackDays * secondsPerDay
        let purchaseStart = instant - inputs.settings.rfmLookbackDays * secondsPerDay
        let replyWindow = inputs.settings.responseWindowHours * 3600
        var result: [String: Layer] = [:]
        for contact in inputs.dataset.contacts where contact.isInPool(at: instant) {
            let orders = countPurchases(inputs, contact.customerId, from: purchaseStart, to: instant)
            let referred = inputs.refereesByReferrer[contact.id]?.contains { $0 < instant } ?? false
            if orders >= 2 || referred { result[contact.id] = .advocate; continue }
            if orders == 1 { result[contact.id] = .act; continue }
            var layer = Layer.o
            var lastBroadcast: Int64?
            for touch in inputs.touchesByContact[contact.id] ?? [] where touch.at < instant {
                if touch.direction == .outbound && (touch.kind == .massSend || touch.kind == .moment) { lastBroadcast = touch.at }
                guard touch.at >= interactionStart else { continue }
                switch (touch.kind, touch.direction) {
                case (.privateChat, .inbound): layer = max(layer, .ask)
                case (.groupMessage, .inbound): layer = max(layer, .appeal)
                case (_, .inbound) where lastBroadcast.map { touch.at - $0 <= replyWindow } ?? false: layer = max(layer, .appeal)
                case (_, .outbound): layer = max(layer, .aware)
                default: break
                }
            }
            result[contact.id] = layer
        }
        return result
    }

    private static func countPurchases(_ inputs: MetricInputs, _ customer: String, from start: Int64, to end: Int64) -> Int {
        guard let times = inputs.purchaseTimes[customer] else { return 0 }
        return lowerBound(times, end) - lowerBound(times, start)
    }
}
