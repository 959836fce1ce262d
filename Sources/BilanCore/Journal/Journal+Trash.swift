import Foundation
import GRDB

/// An entry in the trash: what `trash` lists.
public struct TrashedEntry: Sendable, Equatable {
  public var id: Int64
  public var title: String
  public var deletedAt: Date
}

extension Journal {
  /// Moves entries to the trash: they leave every listing, search, export and rating, and come back
  /// whole with `restore(fromTrash:)`. Gives the ids that were moved (those not already there).
  @discardableResult
  public func trash(_ ids: [Int64], now: Date) throws -> [Int64] {
    try write { db in
      var moved: [Int64] = []
      for id in ids {
        try db.execute(
          sql: "UPDATE entry SET deletedAt = ? WHERE id = ? AND deletedAt IS NULL", arguments: [now, id])
        if db.changesCount > 0 { moved.append(id) }
      }
      return moved
    }
  }

  /// Takes entries out of the trash. Gives the ids that were in it.
  @discardableResult
  public func restore(fromTrash ids: [Int64]) throws -> [Int64] {
    try write { db in
      var restored: [Int64] = []
      for id in ids {
        try db.execute(sql: "UPDATE entry SET deletedAt = NULL WHERE id = ? AND deletedAt IS NOT NULL", arguments: [id])
        if db.changesCount > 0 { restored.append(id) }
      }
      return restored
    }
  }

  public func trashed() throws -> [TrashedEntry] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT id, title, deletedAt FROM entry WHERE deletedAt IS NOT NULL ORDER BY deletedAt DESC, id DESC"
      ).map { TrashedEntry(id: $0["id"], title: $0["title"], deletedAt: $0["deletedAt"]) }
    }
  }

  public func isTrashed(_ id: Int64) throws -> Bool {
    try read { db in
      try Bool.fetchOne(db, sql: "SELECT deletedAt IS NOT NULL FROM entry WHERE id = ?", arguments: [id]) ?? false
    }
  }

  /// Deletes the entries in the trash for good, with everything stored with them (answers, tags, the
  /// ratings and targets their interviews gave, their search index). Gives how many went.
  @discardableResult
  public func emptyTrash() throws -> Int {
    try write { db in
      let trashed = "(SELECT id FROM entry WHERE deletedAt IS NOT NULL)"
      try db.execute(sql: "DELETE FROM rating WHERE entryId IN \(trashed)")
      try db.execute(sql: "DELETE FROM target WHERE entryId IN \(trashed)")
      try db.execute(sql: "DELETE FROM entryText WHERE rowid IN \(trashed)")
      try db.execute(sql: "DELETE FROM entry WHERE deletedAt IS NOT NULL")
      return db.changesCount
    }
  }
}
