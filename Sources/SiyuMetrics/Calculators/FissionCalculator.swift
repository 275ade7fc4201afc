import SiyuData

/// Referral KPIs (KPIS.md §8). Only successful referrals are recorded (contacts.referrer_id), so K is measured
/// from referred adds rather than invitations.
package enum FissionCalculator {
    package static func compute(_ inputs: MetricInputs, period: Period) -> KPIValues {
        var startPool = 0, endPool = 0, referredNew = 0, referrersInPool = 0
        for index in inputs.contactAdded.indices {
            if inputs.isInPool(index, at: period.start) { startPool += 1 }
            if inputs.contactReferred[index] && period.contains(inputs.contactAdded[index]) { referredNew += 1 }
            if inputs.isInPool(index, at: period.end) {
                endPool += 1
                if inputs.firstRefereeAdd[index] < period.end { referrersInPool += 1 }
            }
        }
        return [
            "k_factor": ratio(Double(referredNew), Double(startPool)),
            "referrer_share": ratio(Double(referrersInPool), Double(endPool)),
        ]
    }
}
