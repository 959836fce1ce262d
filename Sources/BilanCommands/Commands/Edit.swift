import ArgumentParser
import BilanCore
import Foundation

struct Edit: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "edit",
      abstract: HelpMessage.edit.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.sharedEntryID.local))
  var id: Int64?

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let id = try self.id ?? context.askEntryID(command: "edit")
    let journal = try context.journal()
    let entry = try EntryLoader.entry(id, journal, context)
    let loaded = try EntryLoader.essay(entry, journal, context)
    let set = loaded.set
    let before = loaded.markdown
    let after = try Editor.edit(
      before, fileName: "\(loaded.slug).md", environment: context.environment, inMemory: journal.isEncrypted)
    if after == before {
      context.out(context.say(EntryMessage.noChange))
      return
    }
    // Keep what the user typed: a mistake must not cost the edit.
    func refuse(_ line: Int, _ message: String) -> BilanError {
      // An encrypted journal's text is kept in memory, in a fresh 0700 folder of a tmpfs (no name
      // another user could make first), never in the clear on a disk.
      let folder: String
      if journal.isEncrypted {
        guard let memory = try? Files.privateTemporaryFolder(context.environment, inMemory: true) else {
          return BilanError(UsageMessage.noMemoryFolder.local)
        }
        folder = memory
      } else {
        folder = (Paths.history(context.environment) as NSString).deletingLastPathComponent
      }
      let saved = folder + "/edit-\(id).md"
      if !journal.isEncrypted { Files.createPrivateFile(saved) }
      try? AtomicFile.write(Data(after.utf8), to: saved, mode: 0o600)
      return BilanError(
        context.say(EntryMessage.editRefused(saved: saved, line: line, problem: message, id: id)))
    }
    if let imported = loaded.imported {
      // An imported file is read back as a file, the way import reads it.
      let data = Data(after.utf8)
      let document: MarkdownDocument
      do {
        document = try MarkdownDocument.parse(data)
      } catch let problem as MarkdownDocument.Problem {
        throw refuse(problem.line, problem.message[context.language])
      }
      let plan = ImportPlan(
        // The hash stays the imported file's: importing that file again must not undo this edit.
        document: document, path: imported.source.path ?? "", hash: imported.source.hash,
        sets: try context.prompts.all().map(\.set), localOffset: context.now.utcOffset)
      _ = try journal.importMarkdown(plan, language: entry.lang, now: context.now.date, into: id)
      context.out(context.say(EntryMessage.updated(id)))
      return
    }
    let edited: EditedEssay
    do {
      edited = try EditedEssay(
        markdown: after, set: set, language: entry.lang, subject: loaded.subject, projectLinks: loaded.projectLinks)
    } catch let problem as EditedEssay.Problem {
      throw refuse(problem.line, problem.message[context.language])
    }
    var answers = edited.answers(for: set)
    // The evidence the honesty rule asked for is not in the essay: it stays while the level does.
    if let evidence = loaded.answers[Interview.ratingEvidenceKey], edited.level == loaded.essay.level {
      answers[Interview.ratingEvidenceKey] = evidence
    }
    try journal.replaceAnswers(entryID: id, set: set, answers: answers, title: edited.title, now: context.now.date)
    context.out(context.say(EntryMessage.updated(id)))
  }
}
