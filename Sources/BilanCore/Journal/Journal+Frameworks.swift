import Foundation
import GRDB

extension Journal {
  /// Stores what the user aims at (`framework use`): a row of its own, the newest counts, as targets.
  /// In the journal rather than the config: it belongs with the targets and ratings it is read beside,
  /// follows `--db` and backups, and bilan never writes the user's config file.
  public func chooseFramework(_ id: String, stage: String, at date: Date) throws {
    try write { db in
      try db.execute(
        sql: "INSERT INTO frameworkChoice (framework, stage, chosenAt) VALUES (?, ?, ?)",
        arguments: [id, stage, date])
    }
  }

  /// Aims at no framework any more (`framework clear`): a choice of none, stored as the others are (an
  /// empty framework), so that it is the newest and travels with backups.
  public func clearFramework(at date: Date) throws {
    try chooseFramework("", stage: "", at: date)
  }

  /// The framework and stage in force, when one was chosen and not cleared since.
  public func frameworkChoice() throws -> FrameworkChoice? {
    try read { db in
      try Row.fetchOne(
        db, sql: "SELECT framework, stage, chosenAt FROM frameworkChoice ORDER BY chosenAt DESC, id DESC LIMIT 1"
      ).map { FrameworkChoice(framework: $0["framework"], stage: $0["stage"], chosenAt: $0["chosenAt"]) }
    }.flatMap { $0.framework.isEmpty ? nil : $0 }
  }
}
