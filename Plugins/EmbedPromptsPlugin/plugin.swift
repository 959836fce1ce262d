import Foundation
import PackagePlugin

/// Embeds every `prompts/*.yaml` file of the package into the target as a generated Swift source.
@main
struct EmbedPromptsPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "prompts")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }
      .sorted()
    let inputs = names.map { folder.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPrompts.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(names.count) prompt files",
        executable: try context.tool(named: "EmbedPrompts").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
