/// The prompt sets bilan ships, embedded in the binary from the top-level `prompts/` folder.
public enum PromptLibrary {
  /// The set used when none is named.
  public static let defaultSetID = "vision"

  /// Parses a shipped set on demand: start-up never pays for YAML it does not use.
  public static func shipped(_ id: String) throws -> PromptSet? {
    guard let yaml = EmbeddedPrompts.files["\(id).yaml"] else { return nil }
    return try PromptSet.parse(yaml: yaml, file: "prompts/\(id).yaml")
  }

  public static var shippedIDs: [String] {
    EmbeddedPrompts.files.keys.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
  }
}
