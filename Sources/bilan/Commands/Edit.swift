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
    let loaded = try EntryLoader.essay(entry, journal, context)
    let (essay, set) = (loaded.essay, loaded.set)
    let before = essay.markdown
    let after = try Editor.edit(before, fileName: "\(essay.slug).md", environment: context.environment)
    if after == before {
      context.out(context.say("Aucun changement.", "No change."))
      return
    }
    let edited: EditedEssay
    do {
      edited = try EditedEssay(markdown: after, set: set, language: entry.lang, subject: loaded.subject)
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
    try journal.replaceAnswers(
      entryID: id, set: set, answers: edited.answers(for: set), title: edited.title, now: context.now.date)
    context.out(context.say("Entrée #\(id) mise à jour.", "Entry #\(id) updated."))
  }
}
