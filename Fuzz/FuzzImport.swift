import BilanCore
import Foundation

// The Markdown importer (`import`, and `edit` of an imported entry): a file's bytes read as a
// `MarkdownDocument` (front matter in YAML, TOML or JSON, the body cut at its headings), then as an
// `ImportPlan` (title, date, tags, the question set its headings match). The same text is also read as
// `edit` reads an essay of bilan's own (`EditedEssay`, YAML front matter and a set's headings).
//
// Checked: a refused file names a line of the file; what reads is written back byte for byte (a
// byte-order mark aside); a matched set gives each section its question.

let sets = PromptLibrary.shippedIDs.compactMap { try? PromptLibrary.shipped($0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Data(bytes: data, count: size)
  // Lines as YAML (and most editors) count them: a lone CR ends one too. TOML, JSON and bilan's own
  // reading name LF lines, never more of them than that.
  let lineCount = PromptSetError.end(of: String(decoding: bytes, as: UTF8.self)).line
  let document: MarkdownDocument
  do {
    document = try MarkdownDocument.parse(bytes)
  } catch let problem as MarkdownDocument.Problem {
    check((1...lineCount).contains(problem.line), "a file of \(lineCount) lines refused at \(problem)")
    return 0
  } catch {
    fail("not a MarkdownDocument.Problem: \(error)")
  }
  var written = document.text
  if document.lineEnding == .crlf { written = written.replacingOccurrences(of: "\n", with: "\r\n") }
  let read = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
  check(Data(written.utf8) == read, "the document is not written back as it was read")

  let plan = ImportPlan(
    document: document, path: "/site/content/competences/essay.md", hash: ContentHash.of(bytes), sets: sets,
    localOffset: 3600)
  if let match = plan.match {
    check(match.keys.count == document.sections.count, "a matched set leaves sections without a question")
  }

  let set = sets[size % sets.count]
  let text = String(decoding: read, as: UTF8.self)
  do {
    _ = try EditedEssay(markdown: text, set: set, language: .fr, subject: Subject(skill: plan.title))
  } catch let problem as EditedEssay.Problem {
    check((1...lineCount).contains(problem.line), "an essay of \(lineCount) lines refused at \(problem)")
  } catch {
    fail("not an EditedEssay.Problem: \(error)")
  }
  return 0
}

/// A failed check stops the run with its message (`precondition` says nothing in an optimised build).
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fail(message()) }
}

func fail(_ message: String) -> Never { fatalError(message) }
