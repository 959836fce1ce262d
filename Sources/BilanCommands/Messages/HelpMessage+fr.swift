extension HelpMessage {
  var fr: String {
    switch self {
    case .bilan:
      "Un compagnon de pratique réflexive : évaluer une compétence, tenir un journal, publier des essais."
    case .bilanMore:
      "Sans commande, sur un terminal, bilan ouvre son shell. Chaque commande y fonctionne aussi.\nJournal : $XDG_DATA_HOME/bilan/bilan.sqlite (ou --db CHEMIN, ou BILAN_DB)."
    case .globalOptionsDb:
      "Le fichier du journal (par défaut : $BILAN_DB, sinon $XDG_DATA_HOME/bilan/bilan.sqlite)."
    case .globalOptionsLang:
      "Langue des questions et des messages : fr ou en (par défaut : $BILAN_LANG, le lang: de la configuration, la locale)."
    case .globalOptionsPassphraseFile:
      "La phrase secrète d'un journal chiffré : la première ligne de ce fichier, que vous seul pouvez lire (0600) ; sinon BILAN_PASSPHRASE_FILE, le trousseau (BILAN_KEYRING=1) ou le terminal."
    case .encrypt:
      "Chiffrer le journal : chaque page scellée sur le disque, avec une phrase secrète demandée deux fois (jamais affichée)."
    case .encryptMore:
      "Recherche, entretiens, sauvegardes et toutes les commandes marchent comme avant ; chaque commande ouvre le journal avec la phrase secrète (le shell la demande une fois). Une phrase secrète oubliée ne se retrouve pas : le journal est alors perdu. ENCRYPTION.md décrit le fichier."
    case .encryptKeyring:
      "Garder aussi la phrase secrète dans le trousseau du bureau (secret-tool) ; BILAN_KEYRING=1 la lit ensuite là."
    case .decrypt:
      "Réécrire en clair le journal chiffré."
    case .passphrase:
      "Changer la phrase secrète du journal chiffré (les pages ne sont pas réécrites)."
    case .passphraseMore:
      "La phrase actuelle ouvre le journal, puis la nouvelle est demandée deux fois. Les sauvegardes faites avant s'ouvrent encore avec l'ancienne."
    case .passphraseNewFile:
      "Lire la nouvelle phrase secrète dans ce fichier (0600) au lieu du terminal."
    case .globalOptionsVerbose:
      "En dire plus quand quelque chose échoue."
    case .assess:
      "Évaluer une compétence (ou écrire la page d'un projet) par des questions guidées ; les réponses deviennent un essai."
    case .assessMore:
      "Une réponse de texte tient sur plusieurs lignes et se termine par une ligne qui ne contient que « . » (« .. » écrit un « . »). En première ligne d'une réponse : :hint affiche l'aide, :back revient à la question précédente, :skip la laisse vide, :edit ouvre $EDITOR, :quit s'arrête et garde le brouillon (voir « resume »). Chaque ligne est enregistrée dès qu'elle est tapée. La compétence est cherchée dans le catalogue (« skills ») dans les deux langues, sans tenir compte de la casse ni des accents ; les premiers mots suffisent (« autonomie »). Un nom inconnu est ajouté au catalogue. Le jeu de questions est --set, sinon default_set dans config.yaml, sinon vision (« prompts » les liste)."
    case .assessSkill:
      "La compétence, par exemple « autonomie professionnelle » (demandée sur un terminal si elle manque)."
    case .assessSet:
      "Le jeu de questions (voir « prompts »)."
    case .assessProject:
      "Écrire plutôt la page d'un projet, avec le jeu « project »."
    case .check:
      "Dire ce qu'un essai remplit et manque de la grille de son jeu de questions (code de sortie 1 s'il manque quelque chose)."
    case .checkMore:
      "--all vérifie l'essai terminé le plus récent de chaque compétence et finit par un score."
    case .sharedEntryID:
      "Le numéro de l'entrée (voir « list »)."
    case .checkAll:
      "Vérifier l'essai terminé le plus récent de chaque compétence."
    case .backup:
      "Copier tout le journal dans un fichier (0600), cohérent même pendant qu'un autre bilan y écrit."
    case .backupMore:
      "« restore FICHIER » remet une telle copie en place. « export --all --format json » écrit plutôt une sauvegarde lisible."
    case .backupFile:
      "Où écrire la copie."
    case .backupForce:
      "Remplacer le fichier s'il existe."
    case .restore:
      "Remettre une copie faite par « backup » à la place du journal ; le journal remplacé est gardé à côté."
    case .restoreFile:
      "La copie à remettre en place."
    case .daily:
      "Deux minutes de réflexion sur la journée : ce qui s'est passé, ce que j'en retiens, ce que je fais ensuite."
    case .dailyMore:
      "L'entrée est liée aux compétences données, cherchées dans le catalogue comme le fait « assess »."
    case .dailySkills:
      "Les compétences de la journée (aucune, c'est possible)."
    case .doctor:
      "Vérifier le journal : le fichier, l'index de recherche, les lignes restées sans leur entrée, les droits."
    case .doctorMore:
      "Code de sortie 1 si quelque chose ne va pas ; --repair reconstruit ce qui peut l'être."
    case .doctorRepair:
      "Reconstruire l'index de recherche, supprimer les lignes qui ne renvoient à rien, rendre le fichier privé."
    case .drafts:
      "Lister les évaluations inachevées, ou en abandonner une."
    case .draftsDiscard:
      "Abandonner ce brouillon et ses réponses."
    case .sharedNoConfirmation:
      "Ne pas demander de confirmation."
    case .edit:
      "Ouvrir une entrée en Markdown dans $VISUAL ou $EDITOR et enregistrer les changements."
    case .filterOptionsSkill:
      "Les entrées sur cette compétence (à répéter pour en donner plusieurs)."
    case .filterOptionsTag:
      "Les entrées portant cette étiquette (à répéter pour en donner plusieurs)."
    case .filterOptionsKind:
      "assessment, journal ou project (à répéter pour en donner plusieurs)."
    case .filterOptionsSince:
      "À partir de cette date : 2026-11-28, 2026-11, 2026, today, yesterday, -7d (toute la journée compte)."
    case .filterOptionsUntil:
      "Jusqu'à cette date, incluse (mêmes formes que --since)."
    case .filterOptionsStarred:
      "Seulement les entrées marquées d'une étoile."
    case .export:
      "Afficher des entrées en essais Markdown avec leur en-tête, ou les écrire dans un dossier."
    case .exportMore:
      "Avec --out, chaque essai va dans DOSSIER/<slug>.md (-2, -3 quand deux ont le même nom) et son chemin est affiché. Un lien symbolique ou un dossier à la place d'un fichier arrête l'export avant toute écriture."
    case .exportIds:
      "Les numéros des entrées (voir « list »)."
    case .exportOut:
      "Écrire un fichier par essai dans ce dossier (avec --format json : le fichier)."
    case .exportAll:
      "Toutes les entrées (avec --format json : tout le journal, en sauvegarde)."
    case .target:
      "Fixer le niveau visé pour une compétence, et pour quand."
    case .sharedSkill:
      "La compétence."
    case .targetLevel:
      "Le niveau visé, de 1 à 5."
    case .targetBy:
      "Pour quand : 2027, 2027-06 ou 2027-06-30."
    case .cadence:
      "Fixer tous les combien une compétence est à réévaluer : 30d, 6w, 3m, ou default."
    case .cadenceEvery:
      "30d, 6w, 3m, 1y, ou default (la cadence de la configuration, sinon 90d)."
    case .history:
      "Chaque évaluation d'une compétence : date, niveau, note, preuve, avec une courbe et la tendance."
    case .historyChart:
      "Tracer le niveau dans le temps, à la largeur du terminal."
    case .sharedFormat:
      "text ou json."
    case .due:
      "Les compétences à réévaluer, celle qui attend depuis le plus longtemps d'abord."
    case .dueMore:
      "Avec --quiet : rien n'est affiché ; code de sortie 0 si rien n'est à faire, 1 sinon, 2 en cas d'erreur."
    case .dueQuiet:
      "N'afficher rien ; le dire par le code de sortie (pour les fichiers de démarrage du shell et cron)."
    case .importFiles:
      "Faire entrer des essais Markdown (fichiers ou dossiers) ou une sauvegarde JSON, sans perdre un caractère."
    case .importFilesMore:
      "Les dossiers sont lus récursivement pour les *.md et *.markdown ; un fichier nommé sur la ligne de commande est lu quelle que soit son extension. En-tête en YAML (---), TOML (+++) ou JSON ({…}) ; une marque d'ordre des octets UTF-8 est retirée et les fins de ligne CRLF sont gardées pour l'export. Une page dont les titres sont ceux d'un jeu de questions (quels que soient l'article, la casse ou une faute de frappe) est enregistrée comme de ce jeu ; une page qui l'est presque dit quel titre l'en a écartée. Importer un fichier une seconde fois met à jour l'entrée qu'il a faite, ou dit qu'il n'a pas changé. Chaque fichier est lu en entier avant que rien n'en soit enregistré ; un fichier en échec n'arrête jamais les autres, et le code de sortie est 1 si l'un a échoué.\n\n--from jrnl lit le fichier de jrnl ([2024-03-01 09:15] Titre. Texte), celui de jrnl 1.x (2013-06-10 15:40 Titre. Texte, sans crochets, mêlé ou non d'entrées entre crochets), un journal en dossier (AAAA/MM/JJ.txt) ou le --export json de jrnl, chaque fichier ou dossier en une transaction. Le texte avant la première entrée devient une entrée à part ; une entrée dont la date ne peut exister ou ne peut être lue est écartée ; chacune est signalée en FICHIER:LIGNE avec la correction, le bilan compte les entrées écartées, et le code de sortie est 1 si l'une l'a été."
    case .importFilesPaths:
      "Fichiers et dossiers."
    case .importFilesDateFormat:
      "Avec --from jrnl : le format de date du journal, le timeformat de jrnl (strftime de Python : '%Y-%m-%d %H:%M', '%d.%m.%Y %H:%M', '%d/%m/%Y %I:%M %p', '%b %d, %Y')."
    case .importFilesDateFormatMore:
      "Sans lui, les dates sont lues comme jrnl les écrit (2024-03-01 09:15, avec secondes, AM/PM ou T), l'année en premier, ou l'année en dernier avec le mois d'abord (le défaut de jrnl, 03/01/2024), sauf quand le premier nombre ne peut être un mois (13.06.2013 est le 13 juin) ou que les autres dates du fichier montrent qu'il écrit le jour d'abord."
    case .importFilesProjects:
      "Les fichiers sont des pages de projet (comme le sont ceux d'un dossier projets/ ou projects/)."
    case .list:
      "Lister les entrées, la plus récente d'abord : numéro, date, compétence, titre, niveau, et une marque sur les brouillons et les entrées étoilées."
    case .listMore:
      "Les filtres se combinent : list --skill autonomie --since 2026-09 --tag stage. Une option donnée deux fois accepte l'une ou l'autre valeur (--kind journal --kind project)."
    case .listN:
      "Combien d'entrées afficher."
    case .listAll:
      "Afficher toutes les entrées."
    case .project:
      "Un projet : l'ajouter, le lier à des compétences, écrire sa page."
    case .projects:
      "Lister les projets avec leurs compétences et leurs pages."
    case .projectAdd:
      "Ajouter un projet avec une description d'une ligne."
    case .sharedName:
      "Son nom."
    case .projectAddDescription:
      "Une ligne à son sujet."
    case .projectLink:
      "Lier un projet aux compétences qu'il a montrées."
    case .sharedProject:
      "Le projet."
    case .projectLinkSkills:
      "Les compétences."
    case .projectAssess:
      "Écrire la page d'un projet avec le jeu de questions « project »."
    case .projectAssessSet:
      "Un jeu de questions sur un projet."
    case .prompts:
      "Les jeux de questions : les lister, en afficher un, vérifier un fichier (ou le catalogue des compétences)."
    case .promptsMore:
      "Vos propres jeux sont des fichiers *.yaml dans $XDG_CONFIG_HOME/bilan/prompts/ (~/.config/bilan/prompts/) ; un jeu qui a l'identifiant d'un jeu fourni le remplace. Le format est décrit dans prompts/README.md."
    case .promptsList:
      "Lister chaque jeu de questions et d'où il vient."
    case .promptsShow:
      "Afficher les questions d'un jeu dans l'ordre."
    case .promptsShowId:
      "L'identifiant du jeu (voir « prompts »)."
    case .promptsCheck:
      "Valider des fichiers de jeux de questions : chaque problème en FICHIER:LIGNE:COLONNE: message."
    case .promptsCheckFiles:
      "Les fichiers à vérifier."
    case .publish:
      "Écrire le portfolio en contenu Hugo : pages de compétences et de projets liées dans les deux sens, une vue d'ensemble, des diagrammes."
    case .publishMore:
      "DOSSIER/content/competences/<slug>.md contient l'essai le plus récent de chaque compétence, DOSSIER/content/projets/<slug>.md la page de chaque projet, DOSSIER/content/bilans/<slug>.md chaque bilan, DOSSIER/content/_index.md une vue d'ensemble, DOSSIER/static/bilan/*.svg les diagrammes. Les fichiers passent par un nom temporaire ; seuls les fichiers de bilan (DOSSIER/.bilan/manifest.json) sont remplacés ou supprimés, et ceux qui n'ont pas changé ne sont pas réécrits."
    case .publishDir:
      "Le dossier du site Hugo."
    case .publishInitialise:
      "Écrire d'abord le thème de bilan là où DOSSIER ne l'a pas (un fichier qui existe n'est jamais réécrit)."
    case .publishSections:
      "La langue du site, fr (competences/, projets/) ou en (skills/, projects/) ; par défaut : celle d'un site importé, sinon celle de la plupart des essais."
    case .publishDrafts:
      "Inclure les entrées inachevées, marquées draft: true."
    case .publishFrontMatter:
      "yaml ou toml."
    case .publishForce:
      "Remplacer vos fichiers qui se trouvent là où bilan écrit."
    case .publishAllowBrokenLinks:
      "Publier même quand un lien produit n'a pas de page."
    case .publishPDF:
      "Puis imprimer tout le portfolio dans un seul fichier PDF (Hugo et Chromium sans interface doivent être installés)."
    case .rate:
      "Évaluer une compétence de 1 à 5 maintenant (ou à une --date passée), avec une note et sa preuve."
    case .rateMore:
      "Un niveau de 4 ou 5, ou un niveau à deux points ou plus de l'évaluation d'avant ou d'après, demande une preuve. --evidence prend un numéro d'entrée (voir « list »), une adresse ou quelques mots. Sur un terminal, ce qui manque est demandé ; :quit s'arrête sans rien enregistrer."
    case .rateLevel:
      "Le niveau, de 1 à 5."
    case .rateNote:
      "Une justification d'une ligne."
    case .rateEvidence:
      "Ce qui l'appuie : un numéro d'entrée ou une adresse."
    case .rateDate:
      "Un jour passé, pour une évaluation donnée ce jour-là (AAAA-MM-JJ)."
    case .resume:
      "Reprendre une évaluation inachevée là où elle s'est arrêtée (la plus récente par défaut)."
    case .resumeId:
      "Le numéro du brouillon (voir « drafts »)."
    case .search:
      "Trouver des entrées par leurs mots : sans tenir compte de la casse ni des accents, les meilleures d'abord."
    case .searchMore:
      "\"deux mots\" trouve l'expression, gest* trouve chaque mot qui commence ainsi, et OR et NOT combinent les mots (autonomie NOT stage). Chaque résultat : numéro, date, titre, et les mots autour de ce qui a été trouvé."
    case .searchWords:
      "Ce qu'il faut trouver."
    case .searchN:
      "Combien de résultats."
    case .shell:
      "Ouvrir le shell interactif (ce que fait « bilan » seul sur un terminal)."
    case .show:
      "Afficher les réponses d'une entrée."
    case .skills:
      "Le catalogue des compétences : le lister avec les dernières évaluations, ajouter, renommer, fusionner, retirer, classer."
    case .skillsMore:
      "Un nouveau journal commence avec les compétences de prompts/skills.yaml. Les noms sont reconnus en français ou en anglais, sans tenir compte de la casse ni des accents ; les premiers mots d'un nom suffisent quand une seule compétence commence ainsi."
    case .skillsList:
      "Les compétences, humaines puis techniques : niveau, objectif, dernière évaluation, tendance, et si elle est à refaire."
    case .skillsListChart:
      "Comparer les compétences : des barres triées de leurs niveaux, l'objectif marqué."
    case .skillsAdd:
      "Ajouter une compétence au catalogue."
    case .skillsAddCategory:
      "human ou technical."
    case .skillsRename:
      "Renommer une compétence ; ses essais titrés de l'ancien nom suivent."
    case .skillsRenameName:
      "Son nouveau nom."
    case .skillsMerge:
      "Déplacer les entrées, évaluations et objectifs d'une compétence vers une autre, puis la retirer."
    case .skillsMergeFrom:
      "La compétence qui disparaît."
    case .skillsMergeInto:
      "La compétence gardée."
    case .skillsRemove:
      "Retirer une compétence et ses évaluations ; refusé tant que des entrées l'utilisent, sauf avec --yes (les entrées restent)."
    case .skillsRemoveYes:
      "La retirer même si des entrées l'utilisent ; elles restent, sans lien avec elle."
    case .skillsCategory:
      "Fixer la catégorie d'une compétence : human, technical ou none."
    case .skillsCategoryCategory:
      "human, technical ou none."
    case .star:
      "Marquer une entrée d'une étoile."
    case .unstar:
      "Retirer l'étoile d'une entrée."
    case .tags:
      "Les étiquettes utilisées, avec le nombre d'entrées qui portent chacune, les plus utilisées d'abord."
    case .delete:
      "Mettre des entrées à la corbeille (« undelete » les rend)."
    case .deleteIds:
      "Les numéros des entrées (voir « list »)."
    case .undelete:
      "Rendre des entrées mises à la corbeille, telles qu'elles étaient."
    case .undeleteIds:
      "Les numéros des entrées (voir « trash »)."
    case .trash:
      "Les entrées de la corbeille, la dernière supprimée d'abord ; --empty les supprime pour de bon."
    case .trashEmpty:
      "Supprimer pour de bon chaque entrée de la corbeille, après confirmation."
    case .trashYes:
      "Ne pas demander la confirmation."
    case .write:
      "Écrire une entrée libre du journal en une commande : « Titre. Texte »."
    case .writeMore:
      "Le titre est la première ligne, sinon la première phrase. Sans texte : $EDITOR s'ouvre sur un terminal ; dans le shell, les lignes sont demandées jusqu'à une ligne qui ne contient que « . ».\n--date prend 2026-11-28, \"2026-11-28 14:30\", today, yesterday ou -3d."
    case .writeText:
      "L'entrée : sa première phrase est le titre."
    case .writeSkills:
      "Une compétence dont elle parle (répétable)."
    case .writeTags:
      "Une étiquette (répétable)."
    case .framework:
      "Référentiels : le niveau attendu de chaque compétence à chaque étape (années d'école, paliers d'une carrière)."
    case .frameworkMore:
      "Vos propres référentiels sont des fichiers *.yaml dans $XDG_CONFIG_HOME/bilan/frameworks/ (~/.config/bilan/frameworks/) ; un fichier portant l'id d'un référentiel fourni le remplace. Le format est décrit dans frameworks/README.md. « framework use ID --stage S » fixe ce que vous visez : skills, due et review montrent alors le niveau attendu à côté du vôtre ; « framework clear » l'annule."
    case .frameworkList: "Lister les référentiels et leur provenance."
    case .frameworkShow: "Montrer les étapes et les niveaux attendus d'un référentiel."
    case .frameworkID: "L'id du référentiel (voir « framework list »)."
    case .frameworkCheck: "Valider des fichiers de référentiel (FICHIER:LIGNE:COLONNE: message, code 1)."
    case .frameworkUse: "Viser une étape d'un référentiel : ses niveaux attendus s'affichent à côté des vôtres."
    case .frameworkStage: "L'étape visée (voir « framework show ID »)."
    case .frameworkClear: "Ne plus viser de référentiel : aucun niveau attendu n'est montré."
    case .review: "Écrire le bilan d'une période : ce qui a évolué, ce qui est stable, les objectifs, les projets."
    case .reviewMore:
      "Le bilan est un essai Markdown avec front matter, dans votre langue, sur la sortie standard (ou dans --out FICHIER), enregistré comme entrée de type review (« list --kind review » ; exportez-le et modifiez-le comme toute entrée). Il commence où le bilan précédent s'arrête, sinon il y a 90 jours, et finit maintenant. Chaque chiffre vient d'une évaluation ou d'une entrée enregistrée."
    case .reviewSince:
      "Début de la période (2026-09-01, 2026-09, -30d) ; par défaut, la fin du bilan précédent, sinon il y a 90 jours."
    case .reviewSkill: "Ne faire le bilan que de cette compétence (peut être répété)."
    case .reviewOut: "Écrire aussi l'essai dans ce fichier."
    case .evidence: "La carte des preuves : les exigences de chaque compétence, et ce qui satisfait chacune."
    case .evidenceMore:
      "Les exigences sont celles de la grille du dernier essai de chaque compétence (comme « check » les lit) et, une fois « framework use » fixé, celles du référentiel : le niveau attendu à votre étape (satisfait par une évaluation à ce niveau ou au-dessus qui donne une preuve) et chaque composante (satisfaite par une entrée de la compétence portant son id en étiquette). Les compétences aux preuves les plus anciennes viennent d'abord."
    case .evidenceChart: "Dessiner la carte en grille : une ligne par compétence, une case par exigence."
    case .writeDate:
      "Quand c'est arrivé."
    }
  }
}
