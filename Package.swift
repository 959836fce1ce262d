// swift-tools-version: 6.1
// GRDB 7.10 requires tools 6.1; the code builds in Swift 6 language mode with strict concurrency.
import PackageDescription

let package = Package(
  name: "bilan",
  // Built and tested on Linux (Debian 12, Swift 6.1 and later) only: GNU readline and the system SQLite
  // come from Debian's packages. No Apple platform is claimed.
  products: [
    .executable(name: "bilan", targets: ["bilan"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // GNU readline through a module map and a shim header (readline needs <stdio.h> first).
    .systemLibrary(
      name: "CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),
    // Encrypted journals: a VFS shim over the system SQLite that seals every page, and the key block
    // (libsodium: Argon2id, XChaCha20-Poly1305). The same libsqlite3 GRDB links.
    .target(
      name: "CBilanCrypt",
      cSettings: [.unsafeFlags(["-Wall", "-Wextra"])],
      linkerSettings: [.linkedLibrary("sodium"), .linkedLibrary("sqlite3")]
    ),
    // Turns the YAML files of the top-level prompts/ folder into a Swift source, so an installed
    // binary carries its question sets and runs from any folder.
    .executableTarget(name: "EmbedPrompts", path: "Sources/EmbedPrompts"),
    .plugin(
      name: "EmbedPromptsPlugin",
      capability: .buildTool(),
      dependencies: ["EmbedPrompts"]
    ),
    // Everything testable without a terminal: model, journal store, prompt sets, interview, export.
    .target(
      name: "BilanCore",
      dependencies: [
        "CBilanCrypt",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Yams", package: "Yams"),
      ],
      plugins: ["EmbedPromptsPlugin"]
    ),
    // Every command, the shell's loop and what they print, driven through a `Host` (input, output,
    // environment): the command line and the tests run the same code, the tests without a process.
    .target(
      name: "BilanCommands",
      dependencies: [
        "BilanCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The thin executable: `main`, and GNU readline for a person at a terminal.
    .executableTarget(
      name: "bilan",
      dependencies: ["BilanCommands", "CReadline"]
    ),
    // What the test targets share: the sandbox (bilan run in-process, or as the built binary), the
    // pseudo-terminal, a process id that is gone.
    .target(
      name: "BilanTestSupport",
      dependencies: ["BilanCommands", "BilanCore"],
      path: "Tests/BilanTestSupport"
    ),
    // Fixtures are read through #filePath, not bundled as resources.
    .testTarget(
      name: "BilanCoreTests",
      dependencies: [
        "BilanCore",
        "BilanTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Yams", package: "Yams"),
      ],
      exclude: ["Fixtures"]
    ),
    // Drive the built `bilan` binary through pipes and a real pseudo-terminal.
    // The commands' own parts, in-process: message catalogues, formats.
    .testTarget(
      name: "BilanCommandsTests",
      dependencies: ["BilanCommands", "BilanCore"]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "bilan",
        "BilanCore",
        "BilanTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      exclude: ["Fixtures"]
    ),
  ]
)

// Fuzz targets (Fuzz/, built and run by scripts/fuzz): only when BILAN_FUZZ is 1 (BilanCore at -Onone)
// or O (at -O), so that the normal build and tests never see them. BilanCore is then compiled with
// libFuzzer's coverage and AddressSanitizer (set here, not with `swift build -Xswiftc`, which would reach
// the plugin's tool too). They are library targets: SwiftPM links an executable's `main` to
// `<module>_main`, which a libFuzzer target has not, so scripts/fuzz links each one itself.
if let fuzz = Context.environment["BILAN_FUZZ"], fuzz == "1" || fuzz == "O" {
  let sanitize = SwiftSetting.unsafeFlags(["-sanitize=fuzzer,address"] + (fuzz == "O" ? ["-O"] : []))
  package.targets.first { $0.name == "BilanCore" }!.swiftSettings = [sanitize]
  let names = ["FuzzImport", "FuzzPromptSet", "FuzzAnswers"]
  for name in names {
    package.targets.append(
      .target(
        name: name, dependencies: ["BilanCore"], path: "Fuzz",
        exclude: ["corpus"] + names.filter { $0 != name }.map { "\($0).swift" }, sources: ["\(name).swift"],
        swiftSettings: [sanitize]))
  }
}
