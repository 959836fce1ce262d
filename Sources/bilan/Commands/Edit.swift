import ArgumentParser
import BilanCore
import Foundation

struct Edit: BilanCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open an entry as Markdown in $VISUAL or $EDITOR and store the changes.")

  @Argument(help: "The entry's id (see 'list').")
  var id: Int64?

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let id = try self.id ?? context.askEntryID(command: "edit")
    let journal = try context.journal()
    let entry = try EntryLoader.entry(id, journal, context)
    let (essay, set) = try EntryLoader.essay(entry, journal)
    let skillName = try EntryLoader.skillName(entry, journal)
    let before = essay.markdown
    let after = try Editor.edit(before, fileName: "\(essay.slug).md", environment: context.environment)
    if after == before {
      context.out(context.say("Aucun changement.", "No change."))
      return
    }
    var headings: [String: String] = [:]
    for question in set.questions {
      if let template = question.heading?[entry.lang] {
        headings[question.id] = Headings.fill(template, skill: skillName, language: entry.lang)
      }
    }
    let edited: EditedEssay
    do {
      edited = try EditedEssay(markdown: after, headings: headings)
    } catch let problem as EditedEssay.Problem {
      // Keep what the user typed: a mistake in the front matter must not cost the edit.
      let saved = Paths.history(context.environment).replacingOccurrences(of: "/history", with: "/edit-\(id).md")
      Files.createPrivateFile(saved)
      try? Files.writeAtomically(Data(after.utf8), to: saved, mode: 0o600)
      throw BilanError(
        context.say(
          "\(saved):\(problem.line): \(problem.message). L'entrée #\(id) n'a pas changé ; votre texte est gardé dans ce fichier.",
          "\(saved):\(problem.line): \(problem.message). Entry #\(id) is unchanged; your text is kept in that file."))
    }
    var answers = edited.answers
    for question in set.questions {
      switch question.kind {
      case .line where question.id == "description": answers[question.id] = edited.description
      case .tags: answers[question.id] = edited.tags.joined(separator: ", ")
      case .rating: answers[question.id] = edited.level.map(String.init)
      case .text, .line: break
      }
    }
    try journal.replaceAnswers(entryID: id, set: set, answers: answers, title: edited.title, now: context.now.date)
    context.out(context.say("Entrée #\(id) mise à jour.", "Entry #\(id) updated."))
  }
}
