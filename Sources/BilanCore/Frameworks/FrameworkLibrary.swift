import Foundation

/// The frameworks a run can use: those bilan ships (embedded from the top-level `frameworks/` folder)
/// and the user's `*.yaml` files in `$XDG_CONFIG_HOME/bilan/frameworks/`, which add frameworks or
/// replace shipped ones of the same id. A broken user file is left out and named in `problems`.
public struct FrameworkLibrary: Sendable {
  public struct Loaded: Sendable {
    public var framework: Framework
    public var origin: PromptLibrary.Origin
  }

  public private(set) var userFolder: String?
  private var userFrameworks: [String: Loaded] = [:]
  public private(set) var problems: [PromptSetError] = []

  static let prefix = "frameworks/"

  public static var shippedIDs: [String] {
    EmbeddedPrompts.files.keys.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".yaml") }
      .map { String($0.dropFirst(prefix.count).dropLast(5)) }.sorted()
  }

  /// Parses a shipped framework on demand.
  public static func shipped(_ id: String) throws -> Framework? {
    guard let yaml = EmbeddedPrompts.files["\(prefix)\(id).yaml"] else { return nil }
    return try Framework.parse(yaml: yaml, file: "\(prefix)\(id).yaml")
  }

  public init(userFolder: String?) {
    self.userFolder = userFolder
    guard let userFolder else { return }
    let shipped = Set(Self.shippedIDs)
    let (frameworks, problems) = UserYAMLFolder.load(userFolder) { try Framework.parse(data: $0, file: $1) }
    self.problems = problems
    for (path, framework) in frameworks {
      if let earlier = userFrameworks[framework.id], case .user(let first, _) = earlier.origin {
        self.problems.append(
          PromptSetError(
            file: path, line: 1, column: 1,
            message: LocalizedText(
              fr: "le référentiel « \(framework.id) » est déjà donné par \(first)",
              en: "framework '\(framework.id)' is already given by \(first)")))
        continue
      }
      userFrameworks[framework.id] = Loaded(
        framework: framework, origin: .user(path: path, replacing: shipped.contains(framework.id)))
    }
  }

  public func framework(_ id: String) throws -> Loaded? {
    if let user = userFrameworks[id] { return user }
    return try Self.shipped(id).map { Loaded(framework: $0, origin: .shipped) }
  }

  public var ids: [String] { Array(Set(Self.shippedIDs).union(userFrameworks.keys)).sorted() }

  public func all() throws -> [Loaded] {
    try ids.compactMap { try framework($0) }
  }

  /// The framework and stage a choice names, when both still exist.
  public func expectation(_ choice: FrameworkChoice?) -> Expectation? {
    guard let choice, let loaded = try? framework(choice.framework),
      let stage = loaded.framework.stage(choice.stage)
    else { return nil }
    return Expectation(framework: loaded.framework, stage: stage)
  }
}
