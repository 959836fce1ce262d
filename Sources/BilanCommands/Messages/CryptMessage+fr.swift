extension CryptMessage {
  var fr: String {
    switch self {
    case .passphrasePrompt(let path): "Phrase secrète de \(path) :"
    case .newPassphrasePrompt(let path): "Nouvelle phrase secrète de \(path) :"
    case .repeatPrompt: "Encore une fois :"
    case .forgetWarning:
      "Choisissez-la bien et gardez-la : une phrase secrète oubliée ne se retrouve pas, ni par bilan ni par personne, et le journal est alors perdu."
    case .mismatch: "les deux phrases diffèrent ; rien n'a été changé."
    case .empty: "une phrase secrète vide ne protège rien ; rien n'a été changé."
    case .notPrivate(let path, let mode):
      "\(path) peut être lu par d'autres (mode \(mode)) : rendez-le privé avec « chmod 600 \(path) » ; rien n'a été changé."
    case .unreadable(let path): "\(path) : fichier absent ou illisible ; rien n'a été changé."
    case .noTerminal:
      "pas de terminal où taper une nouvelle phrase secrète : donnez-la dans un fichier que vous seul pouvez lire (0600), par --passphrase-file FICHIER pour « encrypt », --new-passphrase-file FICHIER pour « passphrase »."
    case .keyringMissing:
      "BILAN_KEYRING demande le trousseau du bureau, mais secret-tool n'est pas installé (Debian : libsecret-tools) ; rien n'a été changé."
    case .keyringFailed(let status):
      "secret-tool a échoué (code \(status)) ; la phrase secrète n'est pas dans le trousseau."
    case .keyringStored: "La phrase secrète est dans le trousseau du bureau (secret-tool)."
    case .encrypted(let path, let entries, let passes, let mebibytes):
      "\(path) est chiffré : \(entries) \(entries == 1 ? "entrée" : "entrées"), sa clé dérivée par Argon2id (\(passes) passes sur \(mebibytes) Mio). Les sauvegardes faites avant restent en clair."
    case .decryptQuestion(let path):
      "Écrire \(path) en clair ? Quiconque peut lire le fichier lira le journal."
    case .decrypted(let path, let entries):
      "\(path) n'est plus chiffré (\(entries) \(entries == 1 ? "entrée" : "entrées")) : quiconque peut lire le fichier peut le lire."
    case .changed(let path):
      "\(path) : phrase secrète changée. Les sauvegardes faites avant s'ouvrent encore avec l'ancienne."
    case .plainOutput(let what):
      "note : \(what) n'est pas chiffré : exports et pages publiées sont du texte en clair, quel que soit le journal."
    }
  }
}
