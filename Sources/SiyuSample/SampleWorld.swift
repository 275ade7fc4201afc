import Foundation

/// The simulation behind the sample: contacts join through channels, some leave, some buy again and again (a
/// BG/NBD-like process), staff chat and mass-send, groups live and die, channels cost money.
struct SampleWorld {
    struct Person {
        var customerId: String
        var buyer: Bool
        /// Mean days between purchases while alive.
        var interval: Double
        var spendLevel: Double
    }

    struct Member {
        var id: String
        var added: Int64
        var lost: Int64?
        var person: Int
        var channel: Int
        var owner: String
        /// One in twelve contacts loves the brand: they bring friends and talk in groups (the KOCs of tomorrow).
        var advocate: Bool
    }

    let scale: Double
    let firstDay: Int64
    let lastDay: Int64
    var random: SampleRandom
    var counts = SampleGenerator.Counts()

    var contactsCSV: CSVBuffer
    var ordersCSV: CSVBuffer
    var touchesCSV: CSVBuffer
    var groupsCSV: CSVBuffer
    var spendCSV: CSVBuffer

    var persons: [Person] = []
    var members: [Member] = []
    var campaigns: [(at: Int64, name: String, reach: Double, harsh: Bool)] = []
    var groups: [(id: String, created: Int64, dies: Int64, inboundRate: Double, owner: String)] = []
    var addsPerDayChannel: [Int64: [Int]] = [:]
    /// Indices of advocates, who bring most referrals.
    var advocates: [Int] = []

    /// With `folder`, the exports are written into its `Content/data/` as they are made; otherwise they stay in
    /// the buffers.
    init(scale: Double, seed: UInt64, firstDay: Int64, lastDay: Int64, folder: URL? = nil) {
        self.scale = scale
        self.firstDay = firstDay
        self.lastDay = lastDay
        random = SampleRandom(seed: seed)
        func file(_ name: String) -> OutputFile? { folder.map { OutputFile($0.appending(path: "Content/data/" + name)) } }
        contactsCSV = CSVBuffer(header: "contact_id,name,phone,added_at,channel,carrier,owner,customer_id,referrer_id,lost_at,tags,remark",
                                file: file("contacts.csv"))
        ordersCSV = CSVBuffer(header: "order_id,customer_id,paid_at,amount,channel,refunded", file: file("orders.csv"))
        touchesCSV = CSVBuffer(header: "contact_id,at,kind,direction,group_id,campaign", file: file("touches.csv"))
        groupsCSV = CSVBuffer(header: "group_id,name,created_at,owner", file: file("groups.csv"))
        spendCSV = CSVBuffer(header: "date,channel,cost", file: file("spend.csv"))
    }

    /// Writes what the buffers still hold; throws the first write error.
    mutating func finish() throws {
        try contactsCSV.finish()
        try ordersCSV.finish()
        try touchesCSV.finish()
        try groupsCSV.finish()
        try spendCSV.finish()
    }

    var end: Int64 { (lastDay + 1) * 86_400 }

    mutating func run() {
        planCampaigns()
        planGroups()
        addContacts()
        writeSpend()
    }

    // MARK: Plans

    private mutating func planCampaigns() {
        var day = firstDay + 5
        var number = 0
        while day <= lastDay {
            let (_, month, _) = SampleCalendar.components(day)
            let theme = SampleCatalog.campaignThemes[number % SampleCatalog.campaignThemes.count]
            let at = day * 86_400 + 10 * 3600 + Int64(random.int(8)) * 1800
            // Every eleventh send is an over-eager blast that makes people leave.
            campaigns.append((at, "\(month)月\(theme)", 0.2 + random.unit() * 0.15, number % 11 == 7))
            number += 1
            day += 12 + Int64(random.int(5))
        }
    }

    private mutating func planGroups() {
        let count = max(12, Int((500 * scale).rounded()))
        for index in 0..<count {
            let created = (firstDay + Int64(random.int(Int(lastDay - firstDay - 20)))) * 86_400 + 14 * 3600
            let lifetime = random.chance(0.3) ? Int64(random.exponential(mean: 120) * 86_400) : Int64.max / 4
            let broadcastOnly = random.chance(0.12)
            let owner = random.pick(SampleCatalog.staff)
            let id = "wr" + String(1_000_000 + index * 7919, radix: 36)
            let theme = SampleCatalog.groupThemes[index % SampleCatalog.groupThemes.count]
            groups.append((id, created, created + lifetime, broadcastOnly ? 0 : 0.6 + random.unit() * 1.6, owner))
            groupsCSV.field(id); groupsCSV.comma()
            groupsCSV.field("山茶里·\(theme)\(index / SampleCatalog.groupThemes.count + 1)群"); groupsCSV.comma()
            groupsCSV.dateTime(created); groupsCSV.comma()
            groupsCSV.field(owner); groupsCSV.newline()
            counts.groups += 1
        }
    }

    // MARK: Contacts and what follows them

    private mutating func addContacts() {
        let total = max(50, Int((100_000 * scale).rounded()))
        let span = Int(lastDay - firstDay + 1)
        var dayWeights: [Double] = []
        for offset in 0..<span {
            let day = firstDay + Int64(offset)
            let (_, month, dayOfMonth) = SampleCalendar.components(day)
            var weight = 1 + 1.2 * Double(offset) / Double(span)          // a growing pool
            let weekday = ((day + 3) % 7 + 7) % 7 + 1
            if weekday >= 6 { weight *= 1.25 }
            if month == 11 && dayOfMonth <= 11 { weight *= 2.4 }         // 双11
            if month == 6 && dayOfMonth <= 18 { weight *= 1.7 }          // 618
            if month == 2 && dayOfMonth <= 10 { weight *= 0.6 }          // 春节
            dayWeights.append(weight)
        }
        var cumulative: [Double] = []
        var running = 0.0
        for weight in dayWeights { running += weight; cumulative.append(running) }

        var times: [Int64] = []
        for _ in 0..<total {
            let target = random.unit() * running
            var low = 0, high = cumulative.count - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
            }
            let second = 9 * 3600 + Int64(random.unit() * 13 * 3600)
            times.append((firstDay + Int64(low)) * 86_400 + second)
        }
        times.sort()
        for time in times { addContact(at: time, returningPerson: nil) }
    }

    private mutating func addContact(at added: Int64, returningPerson: Int?) {
        let index = members.count
        let channel = random.weighted(SampleCatalog.channels.map(\.weight))
        let profile = SampleCatalog.channels[channel]
        let owner = SampleCatalog.staff[random.weighted(SampleCatalog.staffWeights)]

        // 4% of relationships belong to someone already in the pool with another staff member.
        let person: Int
        var isNewPerson = false
        if let returningPerson {
            person = returningPerson
        } else if !members.isEmpty && random.chance(0.04) {
            person = members[random.int(members.count)].person
        } else {
            person = persons.count
            isNewPerson = true
            persons.append(Person(customerId: "C" + String(1_000_000 + persons.count * 13 + random.int(13)),
                                  buyer: random.chance(profile.buyChance),
                                  interval: random.logNormal(median: 50, sigma: 0.45),
                                  spendLevel: random.logNormal(median: 1, sigma: 0.3)))
        }

        var lost: Int64?
        if random.chance(profile.earlyLoss) {
            lost = added + Int64(random.exponential(mean: 1.8 * 86_400)) + 60
        } else if random.chance(0.42) {
            lost = added + Int64(random.exponential(mean: 420 * 86_400))
        }
        for campaign in campaigns where campaign.harsh && campaign.at > added && (lost.map { campaign.at < $0 } ?? true)
            && random.chance(0.03) {
            lost = campaign.at + Int64(random.exponential(mean: 5 * 3600)) + 120
            break
        }
        if let value = lost, value >= end { lost = nil }

        let id = "wm" + String(1_679_616 + index * 104_729, radix: 36)
        let member = Member(id: id, added: added, lost: lost, person: person, channel: channel, owner: owner,
                            advocate: random.chance(1.0 / 12))
        members.append(member)
        if member.advocate { advocates.append(index) }
        addsPerDayChannel[added / 86_400, default: Array(repeating: 0, count: SampleCatalog.channels.count)][channel] += 1
        writeContact(member, referrer: profile.costPerAdd == nil && index > 20 ? referrer(before: added) : nil)
        if isNewPerson, persons[person].buyer {
            writeOrders(for: person, from: added)
        }
        writeTouches(member)

        // Some who leave come back later: a new relationship of the same person (回流).
        if let lost, random.chance(0.08) {
            let back = lost + Int64((20 + random.exponential(mean: 60)) * 86_400)
            if back < end - 86_400 { addContact(at: back, returningPerson: person) }
        }
    }

    /// Referrals come mostly from advocates who joined earlier and are still around.
    private mutating func referrer(before time: Int64) -> String? {
        for _ in 0..<4 {
            let candidate = !advocates.isEmpty && random.chance(0.75) ? members[advocates[random.int(advocates.count)]]
                                                                      : members[random.int(members.count)]
            if candidate.added < time && (candidate.lost.map { $0 > time } ?? true) { return candidate.id }
        }
        return nil
    }

    private mutating func writeContact(_ member: Member, referrer: String?) {
        contactsCSV.field(member.id); contactsCSV.comma()
        let name = String(random.pick(SampleCatalog.surnames)) + String(random.pick(SampleCatalog.givenNames))
            + (random.chance(0.5) ? String(random.pick(SampleCatalog.givenNames)) : "")
        contactsCSV.field(name); contactsCSV.comma()
        contactsCSV.append("1" + String(random.pick([3, 5, 7, 8, 9])) + String(100_000_000 + random.int(900_000_000)).suffix(9))
        contactsCSV.comma()
        contactsCSV.dateTime(member.added); contactsCSV.comma()
        contactsCSV.field(SampleCatalog.channels[member.channel].name); contactsCSV.comma()
        contactsCSV.append(random.chance(0.9) ? "wecom" : random.pick(["wechat", "group", "mini_program"])); contactsCSV.comma()
        contactsCSV.field(member.owner); contactsCSV.comma()
        contactsCSV.field(persons[member.person].customerId); contactsCSV.comma()
        if let referrer { contactsCSV.field(referrer) }
        contactsCSV.comma()
        if let lost = member.lost { contactsCSV.dateTime(lost) }
        contactsCSV.comma()
        var tags: [String] = []
        for _ in 0..<random.int(3) + 1 {
            let tag = random.pick(SampleCatalog.tags)
            if !tags.contains(tag) { tags.append(tag) }
        }
        contactsCSV.field(tags.joined(separator: ";")); contactsCSV.comma()
        if random.chance(0.3) { contactsCSV.field(random.pick(SampleCatalog.remarks)) }
        contactsCSV.newline()
        counts.contacts += 1
    }

    private mutating func writeOrders(for person: Int, from added: Int64) {
        let profile = persons[person]
        var at = added + Int64(random.exponential(mean: 9 * 86_400)) + 600
        while at < end {
            var amount: Int64 = 0
            for _ in 0..<(random.chance(0.25) ? 2 : 1) {
                let price = SampleCatalog.prices[random.weighted(SampleCatalog.priceWeights)]
                amount += price * 100 * Int64(random.chance(0.2) ? 2 : 1)
            }
            amount = Int64(Double(amount) * min(1.6, max(0.7, profile.spendLevel)) / 100) * 100
            if random.chance(0.3) { amount -= 1000 }                      // a ¥10 coupon
            ordersCSV.append("E" + String(20_240_000_000 + Int64(counts.orders) * 37 + Int64(random.int(37))))
            ordersCSV.comma()
            ordersCSV.field(profile.customerId); ordersCSV.comma()
            ordersCSV.dateTime(at); ordersCSV.comma()
            ordersCSV.money(max(amount, 1990)); ordersCSV.comma()
            ordersCSV.field(SampleCatalog.orderChannels[random.weighted(SampleCatalog.orderChannelWeights)]); ordersCSV.comma()
            ordersCSV.append(random.chance(0.04) ? "1" : "0"); ordersCSV.newline()
            counts.orders += 1
            // Orders from shoppers who never joined the pool: data quality, not pool KPIs.
            if random.chance(0.015) { writeUnlinkedOrder(at: at + 3600) }
            if random.chance(0.08) { break }                              // the customer drifts away for good
            at += Int64(random.exponential(mean: profile.interval * 86_400)) + 3600
        }
    }

    private mutating func writeUnlinkedOrder(at: Int64) {
        guard at < end else { return }
        ordersCSV.append("E" + String(20_240_000_000 + Int64(counts.orders) * 37 + 36)); ordersCSV.comma()
        ordersCSV.append("G" + String(9_000_000 + random.int(900_000))); ordersCSV.comma()
        ordersCSV.dateTime(at); ordersCSV.comma()
        ordersCSV.money(SampleCatalog.prices[random.int(SampleCatalog.prices.count)] * 100); ordersCSV.comma()
        ordersCSV.field(random.pick(["天猫", "抖音"])); ordersCSV.comma()
        ordersCSV.append("0"); ordersCSV.newline()
        counts.orders += 1
    }
}
