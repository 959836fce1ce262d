import Foundation
import Testing

@testable import BilanCommands

/// Cutting text at word boundaries to a width in terminal columns, without a terminal.
@Suite struct TextWrapTests {
  static let french =
    "Définissez la compétence dans un contexte professionnel, puis distinguez-la d'une notion voisine "
    + "(l'autonomie n'est pas l'indépendance). Plusieurs paragraphes sont bienvenus."

  /// The words of `lines` once their continuation indent is taken off: what a reader reads.
  static func words(_ lines: [String]) -> [String] {
    lines.joined(separator: " ").split(separator: " ").map(String.init)
  }

  static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
  }

  @Test(arguments: [20, 33, 40, 60, 80, 120])
  func french_text_is_cut_between_words_within_the_width(width: Int) {
    let lines = TextWrap.lines(Self.french, width: width)
    for line in lines { #expect(TextWrap.columns(line) <= width, "\(line.debugDescription) at \(width)") }
    #expect(Self.words(lines) == Self.words(Self.french))
    // Each line but the last is as full as the next word allows: the cut is not early.
    for (line, next) in zip(lines, lines.dropFirst()) {
      let first = next.split(separator: " ").first.map(String.init) ?? ""
      #expect(TextWrap.columns(line) + 1 + TextWrap.columns(first) > width, "\(line) | \(next)")
    }
    #expect(width >= 120 ? lines.count == 2 : lines.count > 2)
  }

  @Test func the_issue_s_hint_is_no_longer_cut_in_a_word_at_120_columns() {
    let hint = "  " + Self.french
    let lines = TextWrap.lines(hint, width: 120)
    #expect(lines.count == 2)
    #expect(lines[0].hasSuffix("(l'autonomie n'est"))
    #expect(lines[1] == "  pas l'indépendance). Plusieurs paragraphes sont bienvenus.")
  }

  @Test func a_line_that_fits_is_given_back_as_it_is() {
    let line = "  a\tb   c  "
    #expect(TextWrap.lines(line, width: 40) == [line])
    #expect(TextWrap.lines(Self.french, width: 20, .none) == [Self.french])
  }

  @Test func combining_accents_wide_characters_and_emoji_are_measured_as_a_terminal_shows_them() {
    #expect(TextWrap.columns("e\u{301}te\u{301}") == 3)  // été with combining accents
    #expect(TextWrap.columns("été") == 3)
    #expect(TextWrap.columns("日本語") == 6)
    #expect(TextWrap.columns("한국어") == 6)
    #expect(TextWrap.columns("ｆｕｌｌ") == 8)  // fullwidth Latin
    #expect(TextWrap.columns("🙂") == 2)
    #expect(TextWrap.columns("❤\u{FE0F}") == 2)  // asked for as a picture
    #expect(TextWrap.columns("a\u{200D}b") == 2)  // the joiner takes no column
    #expect(TextWrap.columns("x\u{FE0E}") == 1)
  }

  @Test func a_combining_accent_stays_on_its_letter() {
    let text = Array(repeating: "e\u{301}te\u{301}", count: 12).joined(separator: " ")
    let lines = TextWrap.lines(text, width: 14)
    // Measured as 3 columns a word, not 5 scalars: three words a line.
    #expect(lines.first == "e\u{301}te\u{301} e\u{301}te\u{301} e\u{301}te\u{301}")
    for line in lines {
      #expect(TextWrap.columns(line) <= 14)
      #expect(!line.unicodeScalars.first!.properties.isDiacritic)
    }
    #expect(Self.words(lines) == Self.words(text))
  }

  @Test func wide_characters_count_two_columns() {
    let text = "日本語の 文章を 折り返す テスト です"
    let lines = TextWrap.lines(text, width: 12)
    #expect(lines == ["日本語の", "文章を", "折り返す", "テスト です"])
    for line in lines { #expect(TextWrap.columns(line) <= 12) }
  }

  @Test func an_emoji_counts_two_columns() {
    // 9 + 1 + 2 = 12 columns: it fits at 12, not at 11.
    #expect(TextWrap.lines("abcdefghi 🙂", width: 12) == ["abcdefghi 🙂"])
    #expect(TextWrap.lines("abcdefghi 🙂", width: 11) == ["abcdefghi", "🙂"])
  }

  @Test func a_word_longer_than_the_width_is_cut_and_only_then() {
    let long = String(repeating: "x", count: 25)
    let lines = TextWrap.lines("a \(long) b", width: 10)
    #expect(lines == ["a", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx b"])
    // A wide character is never split across the edge.
    let wide = TextWrap.lines(String(repeating: "語", count: 7), width: 5)
    #expect(wide == ["語語", "語語", "語語", "語"])
  }

  @Test func a_word_that_fits_a_line_is_not_cut_after_a_wide_indent() {
    // The argument parser's help column (26 spaces) at 40 columns: the path goes whole to a line.
    let path = "$XDG_DATA_HOME/bilan/bilan.sqlite)."
    #expect(TextWrap.lines(String(repeating: " ", count: 26) + path, width: 40) == [path])
    #expect(TextWrap.lines("            - abcdefghij", width: 20) == ["            -", "abcdefghij"])
    // A word no line can hold is cut where it starts.
    #expect(TextWrap.lines("  1. abcdefghijklmnopq", width: 20) == ["  1. abcdefghijklmno", "     pq"])
  }

  @Test func line_ends_of_the_text_are_kept() {
    let text = "one two three four\n\nfive six seven eight"
    #expect(TextWrap.lines(text, width: 10) == ["one two", "three four", "", "five six", "seven", "eight"])
  }

  @Test func a_hint_s_next_lines_keep_its_indent() {
    let lines = TextWrap.lines("  " + Self.french, width: 40)
    #expect(lines.count > 3)
    for line in lines {
      #expect(line.hasPrefix("  ") && !line.hasPrefix("   "), "\(line.debugDescription)")
      #expect(TextWrap.columns(line) <= 40)
    }
  }

  @Test func a_list_item_goes_on_under_its_text_not_under_its_marker() {
    let item = "  3. Je maîtrise : je l'applique seul dans des situations variées et je sais l'expliquer."
    let lines = TextWrap.lines(item, width: 30)
    #expect(lines[0].hasPrefix("  3. Je"))
    for line in lines.dropFirst() { #expect(line.hasPrefix("     ") && line.dropFirst(5).first != " ") }
    let dash = TextWrap.lines("- une limite qui tient sur plus d'une ligne", width: 20)
    #expect(dash == ["- une limite qui", "  tient sur plus", "  d'une ligne"])
    let check = TextWrap.lines("  ✓ au moins 80 mots dans chaque section", width: 20)
    #expect(check == ["  ✓ au moins 80 mots", "    dans chaque", "    section"])
  }

  @Test func a_hanging_column_puts_a_description_under_itself() {
    let line = "  assess    Start a self-assessment of one skill, question by question."
    let lines = TextWrap.lines(line, width: 40, .hanging(12))
    #expect(
      lines == [
        "  assess    Start a self-assessment of",
        "            one skill, question by",
        "            question.",
      ])
  }

  @Test func no_break_spaces_and_french_punctuation_are_never_broken() {
    let text = "Voir\u{A0}ceci\u{202F}: oui ; non ? « citation » fin"
    // From 12 columns, the longest word that holds together (« citation ») fits: nothing is cut.
    for width in 12...30 {
      let lines = TextWrap.lines(text, width: width)
      for line in lines {
        #expect(!line.hasPrefix(":") && !line.hasPrefix(";") && !line.hasPrefix("?") && !line.hasPrefix("»"))
        #expect(!line.hasSuffix("«"))
        #expect(!line.hasPrefix("ceci") && !line.hasPrefix("\u{202F}"), "\(lines) at \(width)")
      }
      #expect(lines.contains { $0.contains("Voir\u{A0}ceci\u{202F}:") })
      #expect(lines.contains { $0.contains("« citation »") })
    }
  }

  @Test func markdown_code_blocks_indented_lines_and_tables_are_left_as_they_are() {
    let long = "un paragraphe assez long pour être coupé en plusieurs lignes"
    let code = "let x = \"une ligne de code bien plus longue que la largeur\""
    let table = "| colonne | une autre colonne | encore une colonne |"
    let text = [long, "```", code, "```", "    " + code, table, "- " + long].joined(separator: "\n")
    let lines = TextWrap.lines(text, width: 30, .markdown)
    #expect(lines.contains(code) && lines.contains("    " + code) && lines.contains(table))
    #expect(lines.first == "un paragraphe assez long pour")
    #expect(lines.last?.hasPrefix("  ") == true)
    // As words, the same code line is cut.
    #expect(!TextWrap.lines(text, width: 30, .words).contains(code))
  }

  /// Many texts, many widths: no line wider than the width, and the words come back in order.
  @Test func no_line_is_wider_than_the_width_and_no_word_is_lost() {
    let samples = [
      Self.french, "  " + Self.french, "  1. " + Self.french, "日本語 " + Self.french + " 🙂 e\u{301}",
      "mot\u{A0}" + String(repeating: "é", count: 50) + " fin",
      "- " + String(repeating: "mot ", count: 40), "tab\there and\tthere " + Self.french,
    ]
    for text in samples {
      for width in 4...130 {
        let lines = TextWrap.lines(text, width: width)
        for line in lines { #expect(TextWrap.columns(line) <= width, "\(line.debugDescription) at \(width)") }
        // Cut words join again with nothing between their parts: compare the letters, spaces aside.
        let letters = lines.joined().filter { $0 != " " && $0 != "\t" }
        #expect(letters == text.filter { $0 != " " && $0 != "\t" }, "at \(width)")
      }
    }
  }
}
