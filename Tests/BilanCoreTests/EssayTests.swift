import Foundation
import Testing
import Yams

@testable import BilanCore

@Suite struct EssayTests {
  let set = try! PromptLibrary.shipped("vision")!

  func essay(_ answers: [String: String], lang: Language = .fr, draft: Bool = false) -> Essay {
    var entry = Entry(
      skillID: 1, promptSet: "vision", lang: lang, title: "Autonomie professionnelle",
      now: Date(timeIntervalSince1970: 0), utcOffset: 3600)
    entry.description = "Aimer le défi : \"réussir\""
    if !draft {
      entry.status = .done
      entry.date = Date(timeIntervalSince1970: 1_411_893_000)
    }
    return Essay(
      entry: entry, subject: Subject(skill: "Autonomie professionnelle"), set: set, answers: answers,
      tags: ["TRANSITION 4.0", "TECHNIQUE"], level: 3)
  }

  @Test func the_essay_has_the_model_essays_shape() {
    let markdown = essay([
      "vision": " L'<b><u>autonomie</u></b>, c'est…\n\n Deuxième paragraphe.",
      "context": "   - Les métiers de la santé",
      "conclusion": "En conclusion.",
    ]).markdown
    #expect(
      markdown == """
        ---
        title: "Autonomie professionnelle"
        date: 2014-09-28T09:30:00+01:00
        description: "Aimer le défi : \\"réussir\\""
        tags: ["TRANSITION 4.0", "TECHNIQUE"]
        draft: false
        level: 3
        ---
        ## Ma vision de l'autonomie professionnelle

         L'<b><u>autonomie</u></b>, c'est…

         Deuxième paragraphe.

        ## Contexte d'utilisation

           - Les métiers de la santé

        ## Conclusion

        En conclusion.

        """)
  }

  @Test func a_draft_has_no_date_and_says_draft() {
    let markdown = essay(["vision": "x"], draft: true).markdown
    #expect(!markdown.contains("date:"))
    #expect(markdown.contains("draft: true\n"))
  }

  @Test func english_essays_use_english_headings() {
    let markdown = essay(["critique": "Limits."], lang: .en).markdown
    #expect(markdown.contains("## A critical view\n\nLimits.\n"))
  }

  @Test func an_edited_essay_reads_back_to_the_same_answers() throws {
    let answers = [
      "vision": "\nLeading blank line.\n\n## not a section heading\ntrailing blanks\n\n",
      "context": "- a\n- b", "conclusion": "End.",
    ]
    let original = essay(answers)
    let edited = try EditedEssay(
      markdown: original.markdown, set: set, language: .fr, subject: Subject(skill: "Autonomie professionnelle"))
    #expect(edited.answers == answers)
    #expect(edited.title == original.title)
    #expect(edited.description == original.description)
    #expect(edited.tags == original.tags)
    #expect(edited.level == 3)
  }

  @Test func a_broken_front_matter_names_its_line() throws {
    let text = "---\ntitle: \"ok\"\nlevel: [unclosed\n---\n## Conclusion\n\nx\n"
    #expect(throws: EditedEssay.Problem.self) {
      try EditedEssay(markdown: text, set: set, language: .fr, subject: Subject())
    }
    do {
      _ = try EditedEssay(markdown: "---\ntitle: \"x\"\nlevel: 9\n---\n", set: set, language: .fr, subject: Subject())
      Issue.record("a level of 9 was accepted")
    } catch let problem as EditedEssay.Problem {
      #expect(problem.line == 3)
      #expect(problem.message.en.contains("1 to 5"))
    }
  }
}

@Suite struct ShellWordsTests {
  @Test(arguments: [
    ("assess \"Gestion de projet\"", ["assess", "Gestion de projet"]),
    ("assess Gestion\\ de\\ projet", ["assess", "Gestion de projet"]),
    ("export 3 --out 'my dir'", ["export", "3", "--out", "my dir"]),
    ("assess \"l'équipe \\\"A\\\"\"", ["assess", "l'équipe \"A\""]),
    ("  list   -n 5  # a comment", ["list", "-n", "5"]),
    ("assess a#b", ["assess", "a#b"]),
    ("show ''", ["show", ""]),
    // An apostrophe between letters is an elision, typed in nearly every French sentence.
    ("write Une note. J'ai relu l'équipe", ["write", "Une", "note.", "J'ai", "relu", "l'équipe"]),
    ("write aujourd'hui 'deux mots' l'a", ["write", "aujourd'hui", "deux mots", "l'a"]),
    ("write it's 'quoted'", ["write", "it's", "quoted"]),
  ])
  func lines_split_as_a_posix_shell_splits_them(_ line: String, _ words: [String]) throws {
    #expect(try ShellWords.split(line) == words)
  }

  @Test func a_leading_tilde_is_the_home_folder_unless_quoted() throws {
    #expect(
      try ShellWords.split("export 1 --out ~/site ~ a~b '~/x' \\~/y", home: "/home/me") == [
        "export", "1", "--out", "/home/me/site", "/home/me", "a~b", "~/x", "~/y",
      ])
  }

  @Test func an_unterminated_quote_is_an_error() {
    #expect(throws: ShellWords.Unterminated.self) { try ShellWords.split("assess \"oops") }
    #expect(throws: ShellWords.Unterminated.self) { try ShellWords.split("write l'a 'oops") }
  }
}

@Suite struct PromptSetTests {
  @Test func every_shipped_set_is_valid() throws {
    for id in PromptLibrary.shippedIDs {
      let set = try #require(try PromptLibrary.shipped(id))
      #expect(set.id == id)
    }
  }

  @Test(arguments: [
    ("", "the file is empty"),
    ("id: x\ntitle: {fr: a, en: b}\nquestions: []\n", "'questions' must be a non-empty list"),
    (
      "id: x\ntitle: {fr: a}\nquestions: [{id: q, kind: line, question: {fr: a, en: b}}]\n",
      "'title' has no 'en' variant"
    ),
    (
      "id: x\ntitle: {fr: a, en: b}\nquestions:\n  - {id: q, kind: poem, question: {fr: a, en: b}}\n",
      "unknown kind 'poem'"
    ),
    (
      "id: x\ntitle: {fr: a, en: b}\nquestions:\n  - {id: q, kind: line, question: {fr: a, en: b}}\n  - {id: q, kind: line, question: {fr: a, en: b}}\n",
      "duplicate question id 'q'"
    ),
    (
      "id: x\ntitle: {fr: a, en: b}\nquestions:\n  - {id: q, kind: line, question: {fr: '{skil}', en: b}}\n",
      "unknown placeholder '{skil}'"
    ),
    ("id: [x\n", "line 1"),
  ])
  func bad_sets_are_refused_with_a_position(_ yaml: String, _ expected: String) {
    do {
      _ = try PromptSet.parse(yaml: yaml, file: "bad.yaml")
      Issue.record("accepted a bad set")
    } catch let error as PromptSetProblems {
      #expect(error.problems.allSatisfy { $0.description.hasPrefix("bad.yaml:") })
      #expect(error.description.contains(expected) || expected == "line 1", "\(error)")
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }
}

/// The shortcuts of `Slug.make` (ASCII, text that is its own NFC) give what the general path gives.
@Suite struct SlugShortcutTests {
  func general(_ text: String) -> String {
    var slug = ""
    var lastWasDash = true
    for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
      let p = scalar.properties
      if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark || scalar == "_" {
        guard slug.utf8.count + scalar.utf8.count <= Slug.maxBytes else { break }
        slug.unicodeScalars.append(scalar)
        lastWasDash = false
      } else if (p.isWhitespace || scalar == "-" || scalar == "/" || scalar == ".") && !lastWasDash {
        guard slug.utf8.count < Slug.maxBytes else { break }
        slug += "-"
        lastWasDash = true
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? "essai" : slug
  }

  @Test func ascii_titles_slug_as_before() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("abcXYZ019 _-./\t'\"!?&%#:,()[]{}*+=~`|\\<>@$^;\u{7}")
    for _ in 0..<3_000 {
      let length = Int.random(in: 0...160, using: &generator)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      #expect(Slug.make(text) == general(text), "\(text.debugDescription)")
    }
  }

  @Test func accented_titles_slug_as_before() {
    var generator = SystemRandomNumberGenerator()
    // Composed and decomposed accents, typographic quotes, a singleton (the Ångström sign), Hangul jamo.
    let alphabet = Array(
      "aeÉéèçÀôœŒßǅǄ ñÑ-.'’«»\u{A0}\u{2013}\u{2026}e\u{301}o\u{308}\u{212B}\u{1100}\u{1161}ﬁ①٣"
        .unicodeScalars)
    for _ in 0..<3_000 {
      let length = Int.random(in: 0...80, using: &generator)
      var view = String.UnicodeScalarView()
      for _ in 0..<length { view.append(alphabet.randomElement(using: &generator)!) }
      let text = String(view)
      #expect(Slug.make(text) == general(text), "\(text.debugDescription)")
    }
  }
}
