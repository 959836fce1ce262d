import Foundation
import Testing

@testable import BilanCore

/// A broken front matter or question set is named where its cause is: an unclosed quote at the quote
/// that opened it, not where the text ran out.
@Suite struct YAMLPositionTests {
  func problem(_ text: String) -> MarkdownDocument.Problem? {
    do {
      _ = try MarkdownDocument.parse(Data(text.utf8))
      return nil
    } catch let problem as MarkdownDocument.Problem {
      return problem
    } catch {
      return nil
    }
  }

  @Test(arguments: [
    // (file, line, column of the opening quote)
    ("---\ntitle: \"Unclosed\ndescription: x\ntags: [a]\ndraft: false\n---\nBody\n", 2, 8),
    ("---\ntitle: ok\ndescription: 'never closed\ndraft: false\n---\n", 3, 14),
    ("---\ntitle: ok\ntags: [\"a\", \"b]\ndate: 2024-01-01\n---\n", 3, 13),
    ("---\ntitle: [oops\n---\n", 2, 8),
    ("---\n\n\ntitle: \"x\n---\n", 4, 8),
  ])
  func an_unclosed_quote_is_named_where_it_opens(_ text: String, _ line: Int, _ column: Int) throws {
    let found = try #require(problem(text))
    #expect(found.line == line && found.column == column, "\(found)")
    #expect(found.message.en.contains("is not closed"))
  }

  @Test func a_question_set_names_the_quote_too() {
    let yaml = "id: x\nversion: 1\ntitle:\n  fr: 'a\n  en: b\nquestions: []\n"
    do {
      _ = try PromptSet.parse(yaml: yaml, file: "x.yaml")
      Issue.record("a set with an unclosed quote was read")
    } catch let error as PromptSetProblems {
      #expect(error.problems.first?.line == 4 && error.problems.first?.column == 7, "\(error)")
    } catch {
      Issue.record("\(error)")
    }
  }
}
