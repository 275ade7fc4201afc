/// `search.html`: the search box and results on a page of their own (the header box opens results in place).
struct SearchPage {
    var root = ""
    var t: Labels
}
