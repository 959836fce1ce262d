import Foundation
import PackagePlugin

/// Embeds the package's data files into the target as generated Swift sources: every `prompts/*.yaml`
/// and `frameworks/*.yaml` (`EmbeddedPrompts`) and every file of the site theme under `theme/` (`EmbeddedTheme`), so that an
/// installed binary carries them and runs from any folder.
@main
struct EmbedPromptsPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let prompts = context.package.directoryURL.appending(path: "prompts")
    // The question sets, and the frameworks beside them (keyed `frameworks/NAME.yaml`).
    let yaml = try ["prompts", "frameworks"].flatMap { name in
      let folder = context.package.directoryURL.appending(path: name)
      return try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appending(path: $0) }
    }
    let theme = context.package.directoryURL.appending(path: "theme")
    // Every file of the theme but its README (for the people who edit it, not for a site).
    let themeFiles = (FileManager.default.enumerator(atPath: theme.path)?.allObjects as? [String] ?? [])
      .filter { !$0.hasPrefix(".") && $0 != "README.md" && !$0.hasSuffix("/") }
      .sorted()
      .map { theme.appending(path: $0) }
      .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
    return [
      try embed(context, "EmbeddedPrompts", base: prompts, files: yaml, what: "prompt"),
      try embed(context, "EmbeddedTheme", base: theme, files: themeFiles, what: "theme"),
    ]
  }

  func embed(_ context: PluginContext, _ name: String, base: URL, files: [URL], what: String) throws -> Command {
    let output = context.pluginWorkDirectoryURL.appending(path: "\(name).swift")
    return .buildCommand(
      displayName: "Embedding \(files.count) \(what) files",
      executable: try context.tool(named: "EmbedPrompts").url,
      arguments: [output.path, name, base.path] + files.map(\.path),
      inputFiles: files,
      outputFiles: [output]
    )
  }
}
