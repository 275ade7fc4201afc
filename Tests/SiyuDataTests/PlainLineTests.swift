import SiyuCore
import Testing
@testable import SiyuData

/// Contacts, touches and orders on lines without quotes skip the record and the cursor (`RowDecoder.decodePlain`), and any
/// line the fast path refuses is read again by the general path. Whatever the rows hold, both must give the same
/// rows, the same errors and the same skipped counts.
@Suite struct PlainLineTests {
    static let header = "contact_id,at,kind,direction,group_id,campaign"
    static let rows = [
        "wm1,2025-11-03 14:05:09,mass_send,out,,",
        "wm1 , 2025-11-03 14:05:09 ,PRIVATE_CHAT,\tIn ,g1,双十一",      // spaces and tabs around cells, upper case
        "wm2,2025-11-03T14:05:09,群发,发出,g1,11月老客回馈加一个很长的名字",  // T, Chinese labels, a long campaign
        "\"wm3\",2025-11-03 14:05,moment,out,,",                        // quoted id, time without seconds
        "wm4,2025/11/3 9:05,group_message,in,g2,",                       // another date form
        "wm5,1762149909,private_chat,out,,",                             // epoch seconds
        "wm6,,private_chat,out,,",                                       // no time
        ",2025-11-03 14:05:09,private_chat,out,,",                       // no contact
        "wm7,2025-11-03 14:05:09,call,out,,",                            // unknown kind
        "wm8,2025-11-03 14:05:09,private_chat,sideways,,",               // unknown direction
        "wm9,2025-02-30 14:05:09,private_chat,out,,",                    // no such day
        "wm10,2025-11-03 24:05:09,private_chat,out,,",                   // no such hour
        "wm11,2025-11-03 14:05:09,private_chat,out,,,",                  // Excel's trailing delimiter
        "wm12,2025-11-03 14:05:09,private_chat,out",                     // fields left off: too few
        "wm13,2025-11-03 14:05:09,private_chat,out,g3,,x",               // one field too many
        ",,,,,",                                                         // a blank Excel row
        "",                                                              // a blank line
        "wm14,2025-11-03 14:05:09,private_chat,out,g3,\"a,b\"",          // a quoted campaign
        "wm14,2025-11-03 14:05:10,private_chat,out,g3,a",
    ]

    private func inspect(_ text: String, table: DataTable = .touches, lenient: Bool, plain: Bool) -> DatasetReader.Inspection {
        var sources = [DataSource(table: table, path: Fixtures.path(table), bytes: Array(text.utf8))]
        if table != .contacts {
            sources.append(DataSource(table: .contacts, path: Fixtures.path(.contacts),
                                      bytes: Array("contact_id,added_at\nwm1,2025-11-01 09:00\n".utf8)))
        }
        return DatasetReader.inspect(sources, options: ReadOptions(lenient: lenient, splitsPlainLines: plain))
    }

    private func expectSameReading(_ text: String, table: DataTable = .touches, lenient: Bool) {
        let fast = inspect(text, table: table, lenient: lenient, plain: true)
        let general = inspect(text, table: table, lenient: lenient, plain: false)
        #expect(Array(fast.result.dataset.touches) == Array(general.result.dataset.touches))
        #expect(fast.result.dataset.touches.contactIds == general.result.dataset.touches.contactIds)
        #expect(fast.result.dataset.hasSameRows(as: general.result.dataset))
        #expect(fast.errors == general.errors)
        #expect(fast.result.rowsRead == general.result.rowsRead)
    }

    @Test(arguments: [false, true])
    func everyKindOfRowReadsAsTheGeneralPathReadsIt(lenient: Bool) {
        let text = Self.header + "\r\n" + Self.rows.joined(separator: "\r\n") + "\n"
        expectSameReading(text, lenient: lenient)
        // The rows that are fine are all there (wm1 twice, wm2–wm5, wm11, wm14 twice), and the others are errors.
        #expect(inspect(text, lenient: true, plain: true).result.dataset.touches.count == 9)
        #expect(inspect(text, lenient: false, plain: true).errors.count == 8)
    }

    @Test func columnsInAnotherOrder() {
        let text = "campaign,direction,group_id,at,contact_id,kind\n"
            + "双十一,out,g1,2025-11-03 14:05:09,wm1,private_chat\n"
            + ",in,,2025-11-03 14:06:09, wm2 ,群发\n"
            + "x,in,,2025-11-03 14:07:09,wm2,nope\n"
        expectSameReading(text, lenient: false)
        expectSameReading(text, lenient: true)
    }

    @Test func excelSerialColumn() {
        // A whole column of Excel serial numbers is read as such: the fast path must not read them any other way.
        let text = Self.header + "\n" + (0..<20).map { "wm\($0),45964.\(5868 + $0),private_chat,out,," }.joined(separator: "\n") + "\n"
        expectSameReading(text, lenient: false)
        #expect(inspect(text, lenient: false, plain: true).result.dataset.touches.count == 20)
    }

    @Test(arguments: [false, true])
    func ordersReadAsTheGeneralPathReadsThem(lenient: Bool) {
        let text = """
            order_id,customer_id,paid_at,amount,channel,refunded
            o1,c1,2025-11-03 14:05:09,128.00,小程序,0
            o2 , c1 ,2025-11-03 14:06:09, 99.5 ,,是
            o3,c2,2025-11-03T14:07:09,¥1234.50,企业微信,
            o4,c2,2025-11-03 14:08:09,"1,234.50",企业微信,no
            o5,c3,2025-11-03 14:09:09,-5,小程序,0
            o6,,2025-11-03 14:10:09,5,小程序,0
            o7,c3,2025-11-31 14:10:09,5,小程序,0
            o8,c3,2025-11-03 14:11:09,,小程序,0
            o9,c3,2025-11-03 14:12:09,5,小程序,maybe
            o1,c4,2025-11-03 14:13:09,5,小程序,REFUNDED
            ,c4,2025-11-03 14:14:09,5,小程序,1
            o10,c4,2025/11/3 9:05,12.,小程序,0

            """
        expectSameReading(text, table: .orders, lenient: lenient)
        // o1–o4 and o10; lenient reading drops the second o1 as a duplicate.
        #expect(inspect(text, table: .orders, lenient: true, plain: true).result.dataset.orders.count == 5)
        // Without a `refunded` column nothing is refunded, on either path.
        let noRefunds = "order_id,customer_id,paid_at,amount\no1,c1,2025-11-03 14:05:09,128\no2,c2,2025-11-03 14:05:09,12.5\n"
        expectSameReading(noRefunds, table: .orders, lenient: false)
        #expect(inspect(noRefunds, table: .orders, lenient: false, plain: true).result.dataset.orders.count == 2)
    }

    @Test(arguments: [false, true])
    func contactsReadAsTheGeneralPathReadsThem(lenient: Bool) {
        let text = """
            contact_id,added_at,channel,carrier,owner,customer_id,referrer_id,lost_at,tags,标签组：兴趣
            wm1,2025-11-01 09:00:00,企微活码,wecom,阿青,C1,,,价格敏感;学生,白茶
            wm2 , 2025-11-01 09:01:00 , 企微活码 ,WeChat, 阿青 , C2 ,wm1, 2025-11-05 10:00:00 , 茶具 ;  ,
            wm3,2025-11-01 09:02:00,,,,,,,,
            wm4,2025-11-01 09:03:00,门店,group,老陈,,,,"a,b",绿茶
            wm5,2025-11-01 09:04:00,门店,pigeon,老陈,,,,,
            wm6,2025-11-01 09:05:00,门店,wecom,老陈,,,yesterday,,
            wm7,,门店,wecom,老陈,,,,,
            ,2025-11-01 09:06:00,门店,wecom,老陈,,,,,
            wm8,2025-11-02 09:00:00,门店,wecom,老陈,,,2025-11-01 09:00:00,,
            wm1,2025-11-03 09:00:00,门店,wecom,老陈,,,,,
            wm1,2025-11-03 09:00:00,门店,wecom,小周,,,,,
            wm3,2025-11-03 09:00:00,门店,wecom,,,,,,
            wm9,2025/11/3 9:05,门店, ,老陈,,,,   ,  
            
            """
        expectSameReading(text, table: .contacts, lenient: lenient)
        // wm1 (three relationships, each with its own owner), wm2–wm4 and wm9; lenient reading drops the second wm3
        // (no owner, so a duplicate) and wm8 (lost before it was added).
        #expect(inspect(text, table: .contacts, lenient: true, plain: true).result.dataset.contacts.count == 7)
        #expect(inspect(text, table: .contacts, lenient: true, plain: true).result.dataset.contacts[0].tags == ["价格敏感", "学生", "白茶"])
    }
}
