import BilanCore
import Foundation

// The answer reader: bytes as a pipe gives them, cut into lines by `LineDecoder` in chunks of a size the
// input picks, then fed to the interview of a shipped set the way the shell's runner feeds it.
//
// The first byte picks the set (bits 0–1), the language (bit 2), the level rated before (bits 3–5: 1–5,
// else none) and the chunk size (bits 6–7: 1, 7, 64 or 4096 bytes); the rest is the input. Checked:
// - the lines are the input's lines (LF ends a line, one CR before it is dropped), and a line that is
//   not UTF-8 or holds a NUL is refused by its number;
// - after every line, the draft as the journal stores it (answers in order, step, pending lines) resumes
//   into the same interview: a crash or a kill loses at most the line being typed;
// - a finished interview makes an essay, and `edit` reads that essay back unchanged.

let sets = PromptLibrary.shippedIDs.compactMap { try? PromptLibrary.shipped($0) }
let chunkSizes = [1, 7, 64, 4096]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let head = data[0]
  let input = UnsafeBufferPointer(start: data + 1, count: size - 1)
  let set = sets[Int(head & 3) % sets.count]
  let language: Language = head & 4 == 0 ? .fr : .en
  let previous = Int(head >> 3 & 7)
  let chunk = chunkSizes[Int(head >> 6)]

  var decoder = LineDecoder()
  var lines: [String] = []
  var refused: LineDecoder.Refused?
  var offset = 0
  reading: while true {
    do {
      if let line = try decoder.next() {
        lines.append(line)
        continue
      }
    } catch {
      refused = error
      break
    }
    if offset == input.count { break }
    decoder.append(input[offset..<min(offset + chunk, input.count)])
    offset = min(offset + chunk, input.count)
    if offset == input.count { decoder.end() }
  }
  checkLines(lines, refused, input)

  var interview = Interview(
    questions: set.asked, today: "2026-11-28", previousLevel: (1...5).contains(previous) ? previous : nil)
  for line in lines {
    switch interview.receive(line) {
    case .edit: _ = interview.commitEdited(interview.textToEdit)  // an editor closed without a change
    case .quit: return 0
    default: break
    }
    checkResume(interview)
    if interview.isFinished { break }
  }
  if interview.isFinished { checkEssay(interview, set, language) }
  return 0
}

/// The lines as a plain split of the whole input would give them.
func checkLines(_ lines: [String], _ refused: LineDecoder.Refused?, _ input: UnsafeBufferPointer<UInt8>) {
  var pieces = input.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
  if input.last == 0x0A || input.isEmpty { pieces.removeLast() }
  for index in pieces.indices.dropLast() where pieces[index].last == 0x0D { pieces[index].removeLast() }
  if input.last == 0x0A, pieces.last?.last == 0x0D { pieces[pieces.count - 1].removeLast() }
  for (index, line) in lines.enumerated() {
    check(Array(line.utf8) == pieces[index], "line \(index + 1) differs from the input's")
  }
  if let refused {
    check(refused.line == lines.count + 1, "line \(lines.count + 1) refused as line \(refused.line)")
    let bad = pieces[lines.count]
    check(
      refused.reason == .nul ? bad.contains(0) : String(validating: bad, as: UTF8.self) == nil,
      "line \(refused.line) refused for \(refused.reason)")
  } else {
    check(lines.count == pieces.count, "\(pieces.count) lines read as \(lines.count)")
  }
}

/// The interview rebuilt from what `Journal.saveProgress` and `savePending` store, as `resume` does.
func checkResume(_ interview: Interview) {
  let keys = Journal.orderedKeys(questions: interview.questions, answers: interview.answers)
  let stored = Dictionary(uniqueKeysWithValues: keys.map { ($0, interview.answers[$0]!) })
  let pending = interview.pending.isEmpty ? nil : interview.pending.joined(separator: "\n")
  let resumed = Interview(
    questions: interview.questions, step: interview.step, answers: stored,
    pending: pending?.linesAtLF ?? [], today: interview.today,
    previousLevel: interview.previousLevel)
  check(resumed == interview, "the stored draft resumes elsewhere: \(interview) → \(resumed)")
  if !interview.isFinished {
    check((1...interview.questions.count).contains(interview.questionNumber), "question number out of range")
  }
}

/// The essay `export` writes, read back by `edit` as if saved without a change. An answer holding a
/// line that reads as the essay's own structure (a `#` heading, a `**` label) is left out: `edit` may
/// take it for one and refuse the file, naming the line, with the text kept (a known limit, not a loss).
func checkEssay(_ interview: Interview, _ set: PromptSet, _ language: Language) {
  let structure = interview.answers.values.contains { answer in
    answer.linesAtLF.contains { $0.drop { $0 == " " }.hasPrefix("#") || $0.hasPrefix("**") }
  }
  if structure { return }
  func answer(_ kind: PromptSet.Kind) -> String? {
    set.asked.first { $0.kind == kind }.flatMap { interview.answers[$0.id] }
  }
  var entry = Entry(
    skillID: nil, promptSet: set.id, lang: language, title: "Rigueur", now: Date(timeIntervalSince1970: 1_764_322_200),
    utcOffset: 3600)
  entry.status = .done
  entry.date = entry.createdAt
  let level = answer(.rating).flatMap(RatingScale.parse)
  let target = answer(.target).map { $0.components(separatedBy: "\n") }.flatMap { parts in
    parts.count == 2 ? RatingScale.parse(parts[0]).map { Essay.Goal(level: $0, due: parts[1]) } : nil
  }
  let subject = Subject(skill: "Rigueur", project: "Atelier")
  let essay = Essay(
    entry: entry, subject: subject, set: set, answers: interview.answers, tags: Tags.parse(answer(.tags) ?? ""),
    level: level, target: target)
  do {
    let edited = try EditedEssay(markdown: essay.markdown, set: set, language: language, subject: subject)
    // A line of an answer that ends in CR reads back as a Windows line end: the CR is dropped.
    func lf(_ text: String?) -> String? {
      text?.linesAtLF.map { String(decoding: $0.utf8.reversed().drop { $0 == 0x0D }.reversed(), as: UTF8.self) }
        .joined(separator: "\n")
    }
    for question in set.asked where question.kind.isProse {
      let (before, after) = (interview.answers[question.id], edited.answers[question.id])
      check(
        lf(before) == lf(after),
        "'\(question.id)' changed through edit: \(String(reflecting: before)) → \(String(reflecting: after))")
    }
  } catch {
    fail("edit refuses the essay it was given: \(error)\n\(essay.markdown)")
  }
}

/// A failed check stops the run with its message (`precondition` says nothing in an optimised build).
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fail(message()) }
}

func fail(_ message: String) -> Never { fatalError(message) }
