import Foundation

/// How a typed name finds one record among named ones: a skill of the catalogue, a project.
public enum NameMatch<Item: Sendable>: Sendable {
  case found(Item)
  /// A prefix shared by several names: the user must say which.
  case ambiguous([Item])
  case none
}

extension NameMatch: Equatable where Item: Equatable {}

public typealias SkillMatch = NameMatch<Skill>
public typealias ProjectMatch = NameMatch<Project>

/// A record found by name: its own folded name, and every folded name it answers to.
protocol NamedRecord {
  var key: String { get }
  var names: Set<String> { get }
}

extension Skill: NamedRecord {
  /// Its name and, for a catalogue skill, the catalogue's names in both languages.
  var names: Set<String> {
    var names: Set<String> = [key]
    if let catalogue {
      names.insert(Skill.key(for: catalogue.name.fr))
      names.insert(Skill.key(for: catalogue.name.en))
    }
    return names
  }
}

extension Project: NamedRecord {
  var names: Set<String> { [key] }
}

/// The one comparison of names that skills and projects share, so that a name typed anywhere finds
/// the same record. In order, the first that finds something wins:
/// 1. the name, case, accents and repeated spaces aside (its own name before its other names);
/// 2. the name without articles, punctuation and plural marks (`La Bench Migration`, `Gestion de
///    Projets`), as headings are compared (`HeadingText.looseKey`);
/// 3. the typed words beginning the name's words (`autonomie` → *Autonomie professionnelle*), else a
///    later word of it (`autonomy` → *Professional autonomy*).
/// More than one record found by a step is ambiguous.
enum NameMatcher {
  static func match<Item: NamedRecord & Sendable>(_ typed: String, among items: [Item]) -> NameMatch<Item> {
    let key = Skill.key(for: typed)
    guard !key.isEmpty else { return .none }
    if let exact = items.first(where: { $0.key == key }) ?? items.first(where: { $0.names.contains(key) }) {
      return .found(exact)
    }
    // A name of articles alone (`The`, `Les`) has no loose key, and finds nothing by it.
    let loose = HeadingText.looseKey(typed)
    if !loose.isEmpty {
      let alike = items.filter { $0.names.contains { HeadingText.looseKey($0) == loose } }
      if let found = result(alike) { return found }
    }
    let words = key.split(separator: " ")
    func matches(_ item: Item, anywhere: Bool) -> Bool {
      item.names.contains { name in
        let nameWords = name.split(separator: " ")
        let starts = anywhere ? Array(nameWords.indices) : [0]
        return starts.contains { start in
          let rest = nameWords[start...]
          guard words.count <= rest.count else { return false }
          return zip(words, rest).enumerated().allSatisfy { index, pair in
            index == words.count - 1 ? pair.1.hasPrefix(pair.0) : pair.0 == pair.1
          }
        }
      }
    }
    return result(items.filter { matches($0, anywhere: false) })
      ?? result(items.filter { matches($0, anywhere: true) }) ?? .none
  }

  /// The item that `name` names but for case, accents, spaces, articles and plurals (no prefix): what
  /// `skills add` and `project add` refuse to make a second time.
  static func alike<Item: NamedRecord & Sendable>(_ name: String, among items: [Item]) -> Item? {
    let key = Skill.key(for: name)
    if let exact = items.first(where: { $0.names.contains(key) }) { return exact }
    let loose = HeadingText.looseKey(name)
    guard !loose.isEmpty else { return nil }
    return items.first { $0.names.contains { HeadingText.looseKey($0) == loose } }
  }

  private static func result<Item: NamedRecord & Sendable>(_ candidates: [Item]) -> NameMatch<Item>? {
    switch candidates.count {
    case 0: nil
    case 1: .found(candidates[0])
    default: .ambiguous(candidates.sorted { $0.key < $1.key })
    }
  }
}
