import Testing

@testable import BilanCore

/// A published review's `#12`: linked to entry 12's page when the site has one, and only where it
/// names an entry.
@Suite struct ReviewLinkTests {
  static let links: [Int64: String] = [1: "/competences/sql/", 3: "/projets/citi/"]

  static func linked(_ text: String) -> String {
    SitePlan.linkingEntries(text, from: "/bilans/bilan-du-2026/", to: links)
  }

  @Test func an_entry_with_a_page_is_linked_and_one_without_is_named() {
    #expect(
      Self.linked("- 2026-10-02 « SQL » (#1) — Des jointures.\n- Preuve : #3, #2\n")
        == "- 2026-10-02 « SQL » ([#1](../../competences/sql/)) — Des jointures.\n"
        + "- Preuve : [#3](../../projets/citi/), #2\n")
  }

  @Test func a_number_inside_a_word_a_link_or_code_stays_as_written() {
    for text in [
      "[#1](../../competences/sql/)", "[voir](#1)", "&#1;", "C#1", "#1a", "#12", "x/#1", "`#1`", "```\n#1\n```",
    ] {
      #expect(Self.linked(text) == text, "\(text)")
    }
    #expect(Self.linked("```\n#1\n```\n#1") == "```\n#1\n```\n[#1](../../competences/sql/)")
    #expect(SitePlan.linkingEntries("(#1)", from: "/", to: [:]) == "(#1)")
  }
}
