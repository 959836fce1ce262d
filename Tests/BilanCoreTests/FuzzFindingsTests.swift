import Foundation
import Testing

@testable import BilanCore

// What the fuzz targets of Fuzz/ found, each input kept in Fuzz/corpus/ as well.

extension ImportTests {
  /// Fuzz/corpus/FuzzImport/crash-cr-at-end.md: the body's last line ends in CR, without LF. "\r\n" is
  /// one Character, so `hasSuffix("\n")` missed the LF that writing back must drop: the file grew a byte.
  @Test(arguments: ["\u{2}\r", "# Title\nText\r", "---\ntitle: CR\n---\nLast\r"])
  func a_file_ending_in_cr_comes_back_byte_for_byte(_ text: String) throws {
    let document = try MarkdownDocument.parse(Data(text.utf8))
    #expect(Array(document.text.utf8) == Array(text.utf8))
    let (markdown, _, _) = try roundTrip(Data(text.utf8))
    #expect(Array(markdown.utf8) == Array(text.utf8))
  }

  /// The same cause: a file with mixed line ends was cut into lines by `components(separatedBy: "\n")`,
  /// which does not cut "\r\n", so the heading after a CRLF line was not one.
  @Test func a_heading_after_a_crlf_line_in_an_lf_file_is_a_heading() throws {
    let text = "Intro\r\n# Heading\nText\n"
    let document = try MarkdownDocument.parse(Data(text.utf8))
    #expect(document.lineEnding == .lf)
    #expect(document.intro == "Intro\r\n")
    #expect(document.sections == [.init(heading: "# Heading", text: "Text\n")])
    #expect(document.text == text)
  }
}

@Suite struct FuzzFindingsTests {
  /// Fuzz/corpus/FuzzPromptSet/crash-cut-short.yaml: libyaml names a problem at the end of the input on
  /// the line after the last, which a file without a final line break does not have.
  @Test func a_yaml_file_cut_short_names_its_last_line() {
    let yaml = "id: daily\nquestions:\n  - id: what\n    w"
    #expect(
      throws: PromptSetProblems(problems: [
        PromptSetError(file: "f.yaml", line: 4, column: 6, message: .verbatim("could not find expected ':'"))
      ])
    ) {
      try PromptSet.parse(yaml: yaml, file: "f.yaml")
    }
    #expect(
      throws: PromptSetError(file: "skills.yaml", line: 3, column: 6, message: .verbatim("could not find expected ':'"))
    ) {
      try SkillCatalogue.parse(yaml: "skills:\n  - id: a\n    w", file: "skills.yaml")
    }
    // With its final line break, the line after the last is where the file ends.
    #expect(
      throws: PromptSetProblems(problems: [
        PromptSetError(file: "f.yaml", line: 5, column: 1, message: .verbatim("could not find expected ':'"))
      ])
    ) {
      try PromptSet.parse(yaml: yaml + "\n", file: "f.yaml")
    }
  }

  /// Fuzz/corpus/FuzzAnswers/crash-empty-edit: `:edit` on an unanswered question, the editor closed with
  /// nothing in it, stored an empty answer where a lone `.` leaves none.
  @Test func an_empty_edit_of_an_unanswered_question_leaves_it_unanswered() throws {
    let set = try #require(try PromptLibrary.shipped("vision"))
    var interview = Interview(questions: set.asked)
    #expect(interview.receive(":edit") == .edit)
    #expect(interview.commitEdited("") == .moved)
    #expect(interview.answers["vision"] == nil)
    #expect(interview.step == 1)
  }

  /// Fuzz/corpus/FuzzAnswers/crash-cr-in-pending: the lines typed so far are stored joined by LF and cut
  /// again by `resume`; a line ending in CR came back glued to the next one.
  @Test func a_draft_whose_line_ends_in_cr_resumes_as_it_was() throws {
    let set = try #require(try PromptLibrary.shipped("daily"))
    var interview = Interview(questions: set.asked)
    #expect(interview.receive("\r") == .kept)
    #expect(interview.receive("*") == .kept)
    let stored = interview.pending.joined(separator: "\n")
    let resumed = Interview(questions: set.asked, step: interview.step, answers: [:], pending: stored.linesAtLF)
    #expect(resumed.pending == ["\r", "*"])
    #expect(resumed == interview)
  }

  /// Fuzz/corpus/FuzzAnswers/crash-cr-only-answer: an answer of nothing but a stray CR (or blank lines,
  /// or spaces) was stored; the essay cannot show it and `edit` read it back as no answer.
  @Test(arguments: [["\r"], ["", ""], ["   ", "\t"]])
  func an_answer_with_nothing_visible_is_no_answer(_ lines: [String]) throws {
    let set = try #require(try PromptLibrary.shipped("daily"))
    var interview = Interview(questions: set.asked)
    for line in lines { #expect(interview.receive(line) == .kept) }
    #expect(interview.receive(".") == .moved)
    #expect(interview.answers["what"] == nil)
    #expect(interview.step == 1)
    var edited = Interview(questions: set.asked)
    #expect(edited.receive(":edit") == .edit)
    #expect(edited.commitEdited(lines.joined(separator: "\n")) == .moved)
    #expect(edited.answers["what"] == nil)
  }
}
