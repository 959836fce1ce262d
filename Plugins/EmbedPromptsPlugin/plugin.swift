import Foundation
import PackagePlugin

/// Embeds every `prompts/*.yaml` and `frameworks/*.yaml` file of the package into the target as a
/// generated Swift source (frameworks keyed `frameworks/NAME.yaml`).
@main
struct EmbedPromptsPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let inputs = try ["prompts", "frameworks"].flatMap { name in
      let folder = context.package.directoryURL.appending(path: name)
      return try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".yaml") }
        .sorted()
        .map { folder.appending(path: $0) }
    }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPrompts.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) prompt and framework files",
        executable: try context.tool(named: "EmbedPrompts").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
