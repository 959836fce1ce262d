import Foundation

/// The question sets a run can use: those bilan ships (embedded from the top-level `prompts/` folder)
/// and the user's own `*.yaml` files, which add sets or replace shipped ones of the same id.
public struct PromptLibrary: Sendable {
  /// The set used when none is named and the config names none.
  public static let defaultSetID = "vision"
  /// The catalogue file sits with the sets but is not one.
  static let catalogueFile = "skills.yaml"

  public enum Origin: Sendable, Equatable {
    case shipped
    /// A user file; `replacing` when it takes the place of a shipped set.
    case user(path: String, replacing: Bool)
  }

  public struct Loaded: Sendable {
    public var set: PromptSet
    public var origin: Origin
  }

  /// Where the user's own sets are read from (`$XDG_CONFIG_HOME/bilan/prompts`).
  public private(set) var userFolder: String?
  /// User sets by id, read when the library is made.
  private var userSets: [String: Loaded] = [:]
  /// Problems in user files: each broken file is skipped and named once here.
  public private(set) var problems: [PromptSetError] = []

  /// Parses a shipped set on demand: start-up never pays for YAML it does not use.
  public static func shipped(_ id: String) throws -> PromptSet? {
    guard id != "skills", !id.contains("/"), let yaml = EmbeddedPrompts.files["\(id).yaml"] else { return nil }
    return try PromptSet.parse(yaml: yaml, file: "prompts/\(id).yaml")
  }

  public static var shippedIDs: [String] {
    EmbeddedPrompts.files.keys.filter { $0.hasSuffix(".yaml") && $0 != catalogueFile && !$0.contains("/") }
      .map { String($0.dropLast(5)) }.sorted()
  }

  /// Reads the user's folder (when it exists). A file that fails to parse is left out and reported.
  public init(userFolder: String?) {
    self.userFolder = userFolder
    guard let userFolder else { return }
    let shipped = Set(Self.shippedIDs)
    let (sets, problems) = UserYAMLFolder.load(userFolder) { try PromptSet.parse(data: $0, file: $1) }
    self.problems = problems
    for (path, set) in sets {
      if let earlier = userSets[set.id], case .user(let first, _) = earlier.origin {
        self.problems.append(
          PromptSetError(
            file: path, line: 1, column: 1,
            message: LocalizedText(
              fr: "le jeu « \(set.id) » est déjà donné par \(first)",
              en: "set '\(set.id)' is already given by \(first)")))
        continue
      }
      userSets[set.id] = Loaded(set: set, origin: .user(path: path, replacing: shipped.contains(set.id)))
    }
  }

  /// The set with this id: the user's when there is one, else the shipped one.
  public func set(_ id: String) throws -> Loaded? {
    if let user = userSets[id] { return user }
    return try Self.shipped(id).map { Loaded(set: $0, origin: .shipped) }
  }

  public var ids: [String] { Array(Set(Self.shippedIDs).union(userSets.keys)).sorted() }

  /// Every set, by id.
  public func all() throws -> [Loaded] {
    try ids.compactMap { try set($0) }
  }
}

/// Which set an interview uses: the one named, else the config's `default_set`, else `vision`; and
/// whether it fits what is assessed.
public enum SetChoice: Error, Equatable {
  /// `default_set` names no set, or one about something else: `vision` is used instead.
  case defaultUnknown(String)
  case defaultNotAboutASkill(String)
  /// The set named is about something else than the command's subject; `fitting` are those that fit.
  case wrongSubject(set: String, about: PromptSet.About, wanted: PromptSet.About, fitting: [String])
  /// No set has that id; `known` are those that exist.
  case unknown(String, known: [String])

  /// The set `default_set` names when it is one about a skill, else `vision` and why not.
  public static func defaultSet(configured: String?, in library: PromptLibrary) -> (id: String, problem: SetChoice?) {
    guard let id = configured else { return (PromptLibrary.defaultSetID, nil) }
    let found = (try? library.set(id))??.set
    if found?.about == .skill { return (id, nil) }
    return (PromptLibrary.defaultSetID, found == nil ? .defaultUnknown(id) : .defaultNotAboutASkill(id))
  }

  /// The set `id`, when it is about `about`.
  public static func set(_ id: String, about: PromptSet.About, in library: PromptLibrary) throws -> PromptSet {
    guard let set = try library.set(id)?.set else { throw SetChoice.unknown(id, known: library.ids) }
    guard set.about == about else {
      let fitting = try library.all().filter { $0.set.about == about }.map(\.set.id)
      throw SetChoice.wrongSubject(set: id, about: set.about, wanted: about, fitting: fitting)
    }
    return set
  }

  public func message(_ language: Language) -> String {
    let say = language.pick
    func name(_ about: PromptSet.About) -> String {
      switch about {
      case .skill: say("une compétence", "a skill")
      case .project: say("un projet", "a project")
      case .day: say("une journée", "a day")
      }
    }
    switch self {
    case .defaultUnknown(let id):
      return say(
        "default_set « \(id) » est inconnu ; « vision » est utilisé.", "default_set '\(id)' is unknown; using 'vision'."
      )
    case .defaultNotAboutASkill(let id):
      return say(
        "default_set « \(id) » ne porte pas sur une compétence ; « vision » est utilisé.",
        "default_set '\(id)' is not about a skill; using 'vision'.")
    case .wrongSubject(let id, let about, let wanted, let fitting):
      let list = fitting.joined(separator: ", ")
      return say(
        "le jeu « \(id) » porte sur \(name(about)), pas sur \(name(wanted)) (jeux possibles : \(list))",
        "the set '\(id)' is about \(name(about)), not \(name(wanted)) (sets that fit: \(list))")
    case .unknown(let id, let known):
      let list = known.joined(separator: ", ")
      return say(
        "jeu de questions inconnu « \(id) » (connus : \(list))", "unknown question set '\(id)' (known: \(list))")
    }
  }
}
