import ArgumentParser
import BilanCore
import Foundation

/// `import --from jrnl`: jrnl journals, each file (or folder journal) whole, then stored at once; what is
/// not imported as it stands is reported by file and line, and counted.
struct JrnlImporter: Importer {
  let id = "jrnl"
  let summary = LocalizedText(
    fr:
      "un journal jrnl : son fichier, ceux de jrnl 1.x sans crochets, son dossier de fichiers AAAA/MM/JJ.txt, ou son --export json ; heures lues dans le fuseau local",
    en:
      "a jrnl journal: its file, 1.x files without brackets too, its folder of YYYY/MM/DD.txt files, or its --export json; times read in the local zone"
  )
  let options: Set<ImportOption> = [.dateFormat]

  func run(_ request: ImportRequest, _ context: Context) throws {
    let paths = request.paths
    let reading = try Self.jrnlReading(request.dateFormat, context)
    let journal = try context.journal(starting: true)
    // jrnl's times have no zone: the local one, or the test clock's offset.
    let zone =
      context.environment["BILAN_NOW"] != nil
      ? TimeZone(secondsFromGMT: context.now.utcOffset) ?? .current : TimeZone.current
    var counts = (imported: 0, unchanged: 0, skipped: 0, failed: 0)
    for path in paths {
      guard FileManager.default.isReadableFile(atPath: path) else {
        context.warn("\(path):1: " + context.say(JrnlMessage.unreadable))
        counts.failed += 1
        continue
      }
      let notes = JrnlNotes()
      let (language, now) = (context.language, context.now.date)
      do {
        // The plain-text file is read as it is stored, a block at a time; jrnl's JSON export at once.
        let done =
          if Import.isFolder(path) {
            try journal.importJrnl(timeZone: zone, language: language, now: now) { add in
              notes.append(try JrnlJournal.read(folder: path, reading: reading, add))
            }
          } else if try Import.startsWithBrace(path) {
            try journal.importJrnl(
              try JrnlJournal.parse(json: Data(contentsOf: URL(fileURLWithPath: path))), timeZone: zone,
              language: language, now: now)
          } else {
            try journal.importJrnl(timeZone: zone, language: language, now: now) { add in
              notes.append(try JrnlJournal.read(file: path, reading: reading, add))
            }
          }
        counts.imported += done.imported
        counts.unchanged += done.unchanged
        for note in notes.all {
          context.warn(
            "\(note.file.isEmpty ? path : note.file):\(note.line): " + Self.say(note, request.dateFormat, context))
          if note.skips { counts.skipped += 1 }
        }
      } catch let problem as JrnlJournal.Problem {
        context.warn("\(problem.file ?? path):\(problem.line): \(problem.message[context.language])")
        counts.failed += 1
      }
    }
    context.out(
      context.say(
        JrnlMessage.summary(
          imported: counts.imported, unchanged: counts.unchanged, skipped: counts.skipped, failed: counts.failed)))
    if counts.failed > 0 || counts.skipped > 0 { throw CommandFailed() }
  }

  /// `--date-format`, checked before anything is read.
  private static func jrnlReading(_ dateFormat: String?, _ context: Context) throws -> JrnlReading {
    var reading = JrnlReading()
    if let dateFormat {
      do {
        reading.format = try JrnlDateFormat(dateFormat)
      } catch {
        throw BilanUsageError(context.say(JrnlMessage.unknownDirective(error.directive)))
      }
    }
    return reading
  }

  /// What a note says, and the fix.
  private static func say(_ note: JrnlNote, _ dateFormat: String?, _ context: Context) -> String {
    let again = context.say(JrnlMessage.again)
    switch note.kind {
    case .textBeforeFirstEntry(imported: true):
      return context.say(JrnlMessage.textBeforeFirstImported)
    case .textBeforeFirstEntry(imported: false):
      return context.say(JrnlMessage.textBeforeFirstSkipped)
    case .impossibleDate(let text, let trouble):
      let why: String
      switch trouble {
      case .noMonth(let month): why = context.say(JrnlMessage.noMonth(month))
      case .noDay(let day, let month, let year):
        why = context.say(JrnlMessage.noDay(day, month: month, year: year))
      case .noTime(let hour, let minute):
        let time = String(format: "%02d:%02d", hour, minute)
        why = context.say(JrnlMessage.noTime(time))
      }
      return context.say(JrnlMessage.impossibleDate(text, why: why)) + again
    case .unreadableDate(let text):
      let fix =
        dateFormat.map { context.say(JrnlMessage.notTheDateFormat($0)) } ?? context.say(JrnlMessage.writeTheDate)
      return context.say(JrnlMessage.unreadableDate(text)) + fix + context.say(JrnlMessage.thenImportAgain)
    case .datedLineInBody(let text):
      return context.say(JrnlMessage.datedLineInBody(text))
    case .bracketInBody(let text):
      return context.say(JrnlMessage.bracketInBody(text))
    case .bracketlessEntries:
      return context.say(JrnlMessage.bracketlessEntries)
    case .notADayFile:
      return context.say(JrnlMessage.notADayFile)
    }
  }
}
