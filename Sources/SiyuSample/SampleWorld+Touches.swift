/// Messages around each relationship: a welcome, customer-started chats and staff replies, mass sends and the
/// replies they draw, and group chatter while the group is alive.
extension SampleWorld {
    mutating func writeTouches(_ member: Member) {
        let leaves = member.lost ?? end
        // Welcome message two minutes after the add.
        touch(member.id, member.added + 120, "private_chat", "out", nil, nil)

        // Customer-started chats, about one every five months; staff answer most within the hour.
        var at = member.added + Int64(random.exponential(mean: 150 * 86_400))
        while at < leaves {
            let chatTime = at / 86_400 * 86_400 + 9 * 3600 + Int64(random.unit() * 12 * 3600)
            if chatTime > member.added && chatTime < leaves {
                touch(member.id, chatTime, "private_chat", "in", nil, nil)
                if random.chance(0.86) {
                    touch(member.id, chatTime + 60 + Int64(random.exponential(mean: 25 * 60)), "private_chat", "out", nil, nil)
                }
            }
            at += Int64(random.exponential(mean: 150 * 86_400)) + 86_400
        }

        // Mass sends reach a share of the pool; a few recipients answer within hours.
        for campaign in campaigns where campaign.at > member.added && campaign.at < leaves && random.chance(campaign.reach) {
            touch(member.id, campaign.at, "mass_send", "out", nil, campaign.name)
            if random.chance(0.07) {
                let reply = campaign.at + Int64(random.exponential(mean: 5 * 3600)) + 60
                if reply < leaves { touch(member.id, reply, "private_chat", "in", nil, nil) }
            }
        }

        // About one contact in four sits in a group and sometimes speaks there.
        guard !groups.isEmpty, random.chance(member.advocate ? 0.9 : 0.24) else { return }
        let group = groups[random.int(groups.count)]
        let joined = max(member.added, group.created)
        let silentAfter = min(leaves, group.dies, end)
        guard joined < silentAfter, group.inboundRate > 0 else {
            if joined < silentAfter, random.chance(0.5) {
                touch(member.id, joined + 3600, "group_message", "out", group.id, nil)   // the owner talking alone
            }
            return
        }
        let rate = group.inboundRate * (member.advocate ? 4 : 1)
        var next = joined + Int64(random.exponential(mean: 30 / rate * 86_400))
        while next < silentAfter {
            touch(member.id, next, "group_message", "in", group.id, nil)
            if random.chance(0.5) { touch(member.id, next + 900, "group_message", "out", group.id, nil) }
            next += Int64(random.exponential(mean: 30 / rate * 86_400)) + 3600
        }
    }

    private mutating func touch(_ contact: String, _ at: Int64, _ kind: String, _ direction: String,
                                _ group: String?, _ campaign: String?) {
        guard at < end else { return }
        touchesCSV.field(contact); touchesCSV.comma()
        touchesCSV.dateTime(at); touchesCSV.comma()
        touchesCSV.append(kind); touchesCSV.comma()
        touchesCSV.append(direction); touchesCSV.comma()
        if let group { touchesCSV.field(group) }
        touchesCSV.comma()
        if let campaign { touchesCSV.field(campaign) }
        touchesCSV.newline()
        counts.touches += 1
    }

    /// Daily cost per paid channel: adds that day × the channel's cost per add, with noise; always-on spend
    /// continues on days without adds.
    mutating func writeSpend() {
        for day in firstDay...lastDay {
            let adds = addsPerDayChannel[day] ?? Array(repeating: 0, count: SampleCatalog.channels.count)
            for (index, channel) in SampleCatalog.channels.enumerated() {
                guard let costPerAdd = channel.costPerAdd else { continue }
                let base = Double(adds[index]) * costPerAdd * (0.8 + 0.4 * random.unit()) + costPerAdd * 0.5 * random.unit()
                let fen = Int64((base * 100).rounded())
                guard fen > 0 else { continue }
                spendCSV.date(day); spendCSV.comma()
                spendCSV.field(channel.name); spendCSV.comma()
                spendCSV.money(fen); spendCSV.newline()
                counts.spend += 1
            }
        }
    }
}
