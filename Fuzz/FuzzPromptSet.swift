import BilanCore
import Foundation

// The prompt-set loader: a user's `prompts/*.yaml` file, as `PromptLibrary` and `prompts check` read it
// (`PromptSet.parse(data:file:)`), and the same bytes as a skills catalogue (`SkillCatalogue.parse`) and
// as a framework (`Framework.parse(data:file:)`, as `FrameworkLibrary` and `framework check` read a
// user's `frameworks/*.yaml`).
//
// Checked: each problem names a line and column of the file; a set that loads has at least one question
// and at most `PromptSet.maxQuestions`, and an interview of it and its essay can be made; a framework
// that loads has stages of distinct ids and expects only levels 1–5 at those stages.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Data(bytes: data, count: size)
  // Lines as YAML (and most editors) count them: a lone CR ends one too.
  let lineCount = PromptSetError.end(of: String(decoding: bytes, as: UTF8.self)).line
  func named(_ problem: PromptSetError) {
    check(problem.file == "fuzz.yaml", "\(problem) names another file")
    check(
      (1...lineCount).contains(problem.line) && problem.column >= 1, "a file of \(lineCount) lines: \(problem)")
  }
  do {
    let set = try PromptSet.parse(data: bytes, file: "fuzz.yaml")
    check((1...PromptSet.maxQuestions).contains(set.asked.count), "a set of \(set.asked.count) questions")
    let interview = Interview(questions: set.asked)
    check(!interview.slots.isEmpty && interview.questionNumber == 1, "an interview that asks nothing")
    // Every question answered, then laid out as an essay in each language.
    let answers = Dictionary(set.asked.map { ($0.id, "3") }, uniquingKeysWith: { $1 })
    for language in Language.allCases {
      let entry = Entry(
        skillID: nil, promptSet: set.id, lang: language, title: "Rigueur", now: Date(timeIntervalSince1970: 0),
        utcOffset: 0)
      let essay = Essay(
        entry: entry, subject: Subject(skill: "Rigueur", project: "Atelier"), set: set, answers: answers, tags: [],
        level: 3)
      check(!essay.markdown.isEmpty, "no essay")
    }
  } catch let problems as PromptSetProblems {
    check(!problems.problems.isEmpty, "refused without a problem")
    problems.problems.forEach(named)
  } catch {
    fail("not PromptSetProblems: \(error)")
  }
  do {
    _ = try SkillCatalogue.parse(yaml: String(decoding: bytes, as: UTF8.self), file: "fuzz.yaml")
  } catch let problem as PromptSetError {
    named(problem)
  } catch {
    fail("not a PromptSetError: \(error)")
  }
  do {
    let framework = try Framework.parse(data: bytes, file: "fuzz.yaml")
    let stages = framework.stages.map(\.id)
    check(!stages.isEmpty && Set(stages).count == stages.count, "a framework's stages: \(stages)")
    let expected = framework.skills.flatMap { [$0.expected] + $0.components.map(\.expected) }
    for levels in expected {
      for (stage, level) in levels {
        check(stages.contains(stage) && (1...5).contains(level), "level \(level) expected at '\(stage)'")
      }
    }
  } catch let problems as PromptSetProblems {
    check(!problems.problems.isEmpty, "a framework refused without a problem")
    problems.problems.forEach(named)
  } catch {
    fail("a framework: not PromptSetProblems: \(error)")
  }
  return 0
}

/// A failed check stops the run with its message (`precondition` says nothing in an optimised build).
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fail(message()) }
}

func fail(_ message: String) -> Never { fatalError(message) }
