extension HelpMessage {
  var en: String {
    switch self {
    case .bilan:
      "A companion for reflective practice: assess a skill, keep a journal, publish essays."
    case .bilanMore:
      "With no command on a terminal, bilan opens its shell. Every command also works in the shell.\nJournal: $XDG_DATA_HOME/bilan/bilan.sqlite (or --db PATH, or BILAN_DB)."
    case .globalOptionsDb:
      "The journal file (default: $BILAN_DB, else $XDG_DATA_HOME/bilan/bilan.sqlite)."
    case .globalOptionsLang:
      "Language of questions and messages: fr or en (default: $BILAN_LANG, the config's lang:, the locale)."
    case .globalOptionsPassphraseFile:
      "An encrypted journal's passphrase: the first line of this file, which only you may read (0600); else BILAN_PASSPHRASE_FILE, the keyring (BILAN_KEYRING=1) or the terminal."
    case .encrypt:
      "Encrypt the journal: every page sealed on disk, with a passphrase asked twice (never shown)."
    case .encryptMore:
      "Search, interviews, backups and every command work as before; each command opens the journal with the passphrase (the shell asks once). A forgotten passphrase cannot be recovered: the journal is then lost. ENCRYPTION.md describes the file."
    case .encryptKeyring:
      "Also keep the passphrase in the desktop keyring (secret-tool); BILAN_KEYRING=1 then reads it from there."
    case .decrypt:
      "Write the encrypted journal back in the clear."
    case .passphrase:
      "Change the encrypted journal's passphrase (the pages are not rewritten)."
    case .passphraseMore:
      "The current passphrase opens the journal, then the new one is asked twice. Backups made before still open with the old passphrase."
    case .passphraseNewFile:
      "Read the new passphrase from this file (0600) instead of the terminal."
    case .globalOptionsVerbose:
      "Say more when something goes wrong."
    case .assess:
      "Assess a skill (or write a project page) through guided questions; the answers become an essay."
    case .assessMore:
      "Text answers take several lines and end with a line holding only '.' ('..' writes a '.'). As the first line of an answer: :hint shows help, :back returns to the previous question, :skip leaves it empty, :edit opens $EDITOR, :quit stops and keeps the draft (see 'resume'). Every line is stored as soon as it is typed. The skill is matched in the catalogue ('skills') in either language, ignoring case and accents; the first words are enough ('autonomie'). An unknown name is added to the catalogue. The question set is --set, else default_set in config.yaml, else vision ('prompts' lists them)."
    case .assessSkill:
      "The skill, for example \"autonomie professionnelle\" (asked for on a terminal when missing)."
    case .assessSet:
      "The question set (see 'prompts')."
    case .assessProject:
      "Write a project page instead, with the 'project' set."
    case .check:
      "Say what an essay meets and misses of its question set's rubric (exit 1 when something is missing)."
    case .checkMore:
      "--all checks the newest finished essay of every skill and ends with a score."
    case .sharedEntryID:
      "The entry's id (see 'list')."
    case .checkAll:
      "Check the newest finished essay of every skill."
    case .backup:
      "Copy the whole journal to a file (0600), consistent even while another bilan writes."
    case .backupMore:
      "'restore FILE' puts such a copy back. 'export --all --format json' writes a readable backup instead."
    case .backupFile:
      "Where to write the copy."
    case .backupForce:
      "Replace the file if it exists."
    case .restore:
      "Put a copy made by 'backup' back in place of the journal; the journal replaced is kept beside it."
    case .restoreFile:
      "The copy to restore."
    case .daily:
      "A two-minute reflection on today: what happened, so what, now what."
    case .dailyMore:
      "The entry is tied to the skills given, matched in the catalogue as 'assess' does."
    case .dailySkills:
      "The skills the day was about (none is fine)."
    case .doctor:
      "Check the journal: the file, the search index, rows left without their entry, permissions."
    case .doctorMore:
      "Exits 1 when something is wrong; --repair rebuilds what can be rebuilt."
    case .doctorRepair:
      "Rebuild the search index, delete rows that point to nothing, make the file private."
    case .drafts:
      "List unfinished assessments, or discard one."
    case .draftsDiscard:
      "Discard this draft and its answers."
    case .sharedNoConfirmation:
      "Do not ask for confirmation."
    case .edit:
      "Open an entry as Markdown in $VISUAL or $EDITOR and store the changes."
    case .filterOptionsSkill:
      "Entries about this skill (again for more)."
    case .filterOptionsTag:
      "Entries with this tag (again for more)."
    case .filterOptionsKind:
      "assessment, journal or project (again for more)."
    case .filterOptionsSince:
      "From this date: 2026-11-28, 2026-11, 2026, today, yesterday, -7d (the whole day counts)."
    case .filterOptionsUntil:
      "Up to this date, included (same forms as --since)."
    case .filterOptionsStarred:
      "Only starred entries."
    case .export:
      "Print entries as Markdown essays with front matter, or write them to a folder."
    case .exportMore:
      "With --out, each essay goes to DIR/<slug>.md (-2, -3 when two share a name) and its path is printed. A symbolic link or a folder standing where a file would go stops the export before anything is written."
    case .exportIds:
      "The ids of the entries (see 'list')."
    case .exportOut:
      "Write one file per essay into this folder (with --format json: the file)."
    case .exportAll:
      "Every entry (with --format json: the whole journal, as a backup)."
    case .target:
      "Set the level a skill is aimed at, and by when."
    case .sharedSkill:
      "The skill."
    case .targetLevel:
      "The level aimed at, 1 to 5."
    case .targetBy:
      "When: 2027, 2027-06 or 2027-06-30."
    case .cadence:
      "Set how often a skill is due for re-rating: 30d, 6w, 3m, or default."
    case .cadenceEvery:
      "30d, 6w, 3m, 1y, or default (the config's cadence, else 90d)."
    case .history:
      "Every rating of a skill: date, level, note, evidence, with a sparkline and the trend."
    case .historyChart:
      "Draw the level over time, fitted to the terminal's width."
    case .sharedFormat:
      "text or json."
    case .due:
      "The skills due for re-rating, the longest-waiting first."
    case .dueMore:
      "With --quiet: no output, exit 0 when nothing is due, 1 when something is, 2 on an error."
    case .dueQuiet:
      "Print nothing; say it with the exit code (for shell start-up files and cron)."
    case .importFiles:
      "Take in Markdown essays (files or folders) or a JSON backup, without losing a character."
    case .importFilesMore:
      "Folders are read recursively for *.md and *.markdown; a file named on the command line is read whatever its extension. Front matter in YAML (---), TOML (+++) or JSON ({…}); a UTF-8 byte-order mark is dropped and CRLF endings are kept for the export. A page whose headings are a question set's (any article, case or typo) is stored as that set's; one that almost is says which heading kept it out. Importing a file again updates the entry it made, or reports it unchanged. Each file is read whole before anything of it is stored; one failing file never stops the others, and the exit code is 1 when any failed.\n\n--from jrnl reads jrnl's file ([2024-03-01 09:15] Title. Body), jrnl 1.x's (2013-06-10 15:40 Title. Body, no brackets, mixed with bracketed entries or not), a folder journal (YYYY/MM/DD.txt) or jrnl's --export json, each file or folder in one transaction. Text before the first entry is imported as an entry of its own; an entry whose date cannot exist or cannot be read is skipped; each is reported as FILE:LINE with the fix, the summary counts the skipped, and the exit code is 1 when any was skipped."
    case .importFilesPaths:
      "Files and folders."
    case .importFilesDateFormat:
      "With --from jrnl: the journal's date format, jrnl's timeformat (Python strftime: '%Y-%m-%d %H:%M', '%d.%m.%Y %H:%M', '%d/%m/%Y %I:%M %p', '%b %d, %Y')."
    case .importFilesDateFormatMore:
      "Without it, dates are read as jrnl writes them (2024-03-01 09:15, with seconds, AM/PM or T), with the year first, or with the year last month first (jrnl's default, 03/01/2024), except when the first number cannot be a month (13.06.2013 is 13 June) or the file's other dates show it writes the day first."
    case .importFilesProjects:
      "The files are project pages (as files under a projets/ or projects/ folder are)."
    case .list:
      "List entries, newest first: id, date, skill, title, level, and a mark on drafts and starred entries."
    case .listMore:
      "The filters narrow each other: list --skill autonomie --since 2026-09 --tag stage. An option given twice takes either value (--kind journal --kind project)."
    case .listN:
      "How many entries to show."
    case .listAll:
      "Show every entry."
    case .project:
      "A project: add it, tie it to skills, write its page."
    case .projects:
      "List the projects with their skills and pages."
    case .projectAdd:
      "Add a project with a one-line description."
    case .sharedName:
      "Its name."
    case .projectAddDescription:
      "One line about it."
    case .projectLink:
      "Tie a project to the skills it showed."
    case .sharedProject:
      "The project."
    case .projectLinkSkills:
      "The skills."
    case .projectAssess:
      "Write a project's page with the 'project' question set."
    case .projectAssessSet:
      "A question set about a project."
    case .prompts:
      "The question sets: list them, show one, check a file (or the skills catalogue)."
    case .promptsMore:
      "Your own sets are *.yaml files in $XDG_CONFIG_HOME/bilan/prompts/ (~/.config/bilan/prompts/); one with the id of a shipped set replaces it. The format is in prompts/README.md."
    case .promptsList:
      "List every question set and where it comes from."
    case .promptsShow:
      "Print a set's questions in order."
    case .promptsShowId:
      "The set's id (see 'prompts')."
    case .promptsCheck:
      "Validate question-set files: each problem as FILE:LINE:COLUMN: message."
    case .promptsCheckFiles:
      "The files to check."
    case .publish:
      "Write the portfolio as a Hugo content tree: skill and project pages linked both ways, an overview, diagrams."
    case .publishMore:
      "DIR/content/competences/<slug>.md holds the newest essay of each skill, DIR/content/projets/<slug>.md each project's page, DIR/content/bilans/<slug>.md each review, DIR/content/_index.md an overview, DIR/static/bilan/*.svg the diagrams. Files go through a temporary name; only bilan's own files (DIR/.bilan/manifest.json) are replaced or removed, and unchanged ones are not rewritten."
    case .publishDir:
      "The Hugo site's folder."
    case .publishInitialise:
      "First write bilan's theme where DIR has none of it (a file that exists is never written again)."
    case .publishSections:
      "The site's language, fr (competences/, projets/) or en (skills/, projects/); default: an imported site's, else the language of most essays."
    case .publishDrafts:
      "Include unfinished entries, marked draft: true."
    case .publishFrontMatter:
      "yaml or toml."
    case .publishForce:
      "Replace files of yours that stand where bilan writes."
    case .publishAllowBrokenLinks:
      "Publish even when a generated link has no page."
    case .publishPDF:
      "Then print the whole portfolio to one PDF file (Hugo and headless Chromium must be installed)."
    case .rate:
      "Rate a skill from 1 to 5 now (or at a past --date), with a note and its evidence."
    case .rateMore:
      "A level of 4 or 5, or a level two or more away from the rating before or after it, needs evidence. --evidence takes an entry id (see 'list'), an address or a few words. On a terminal, what is missing is asked for; :quit stops without storing anything."
    case .rateLevel:
      "The level, 1 to 5."
    case .rateNote:
      "A one-line justification."
    case .rateEvidence:
      "What supports it: an entry id or an address."
    case .rateDate:
      "A past day, for a rating given then (YYYY-MM-DD)."
    case .resume:
      "Continue an unfinished assessment where it stopped (the newest by default)."
    case .resumeId:
      "The draft's id (see 'drafts')."
    case .search:
      "Find entries by their words: case and accents ignored, the best matches first."
    case .searchMore:
      "\"two words\" finds the phrase, gest* finds every word that starts so, and OR and NOT combine words (autonomie NOT stage). Each result: id, date, title, and the words around the match."
    case .searchWords:
      "What to find."
    case .searchN:
      "How many results."
    case .shell:
      "Open the interactive shell (what `bilan` alone does on a terminal)."
    case .show:
      "Print one entry's answers."
    case .skills:
      "The skills catalogue: list it with the latest ratings, add, rename, merge, remove, categorise."
    case .skillsMore:
      "A new journal starts with the skills of prompts/skills.yaml. Names match in French or English, ignoring case and accents; the first words of a name are enough when only one skill starts so."
    case .skillsList:
      "The skills, human then technical: level, target, last rated, trend and whether it is due."
    case .skillsListChart:
      "Compare the skills: sorted bars of their levels with the target marked."
    case .skillsAdd:
      "Add a skill to the catalogue."
    case .skillsAddCategory:
      "human or technical."
    case .skillsRename:
      "Rename a skill; its essays titled with the old name follow."
    case .skillsRenameName:
      "Its new name."
    case .skillsMerge:
      "Move a skill's entries, ratings and targets to another skill, then remove it."
    case .skillsMergeFrom:
      "The skill that goes away."
    case .skillsMergeInto:
      "The skill that is kept."
    case .skillsRemove:
      "Remove a skill and its ratings; refused while entries use it, unless --yes (the entries stay)."
    case .skillsRemoveYes:
      "Remove it even though entries use it; they stay, no longer tied to it."
    case .skillsCategory:
      "Set a skill's category: human, technical or none."
    case .skillsCategoryCategory:
      "human, technical or none."
    case .star:
      "Mark an entry with a star."
    case .unstar:
      "Take an entry's star away."
    case .tags:
      "The tags in use, with how many entries carry each, the most used first."
    case .delete:
      "Move entries to the trash ('undelete' brings them back)."
    case .deleteIds:
      "The entries' ids (see 'list')."
    case .undelete:
      "Bring entries back from the trash, as they were."
    case .undeleteIds:
      "The entries' ids (see 'trash')."
    case .trash:
      "The entries in the trash, the last deleted first; --empty deletes them for good."
    case .trashEmpty:
      "Delete every entry in the trash for good, after a confirmation."
    case .trashYes:
      "Do not ask for the confirmation."
    case .write:
      "Write a free journal entry in one command: \"Title. Body\"."
    case .writeMore:
      "The title is the first line, or else the first sentence. Without text: $EDITOR opens on a terminal; in the shell, lines are asked for until a line holding only '.'.\n--date takes 2026-11-28, \"2026-11-28 14:30\", today, yesterday or -3d."
    case .writeText:
      "The entry: its first sentence is the title."
    case .writeSkills:
      "A skill it is about (repeatable)."
    case .writeTags:
      "A tag (repeatable)."
    case .framework: "Frameworks: the level expected of each skill at each stage (a school's years, a ladder's rungs)."
    case .frameworkMore:
      "Your own frameworks are *.yaml files in $XDG_CONFIG_HOME/bilan/frameworks/ (~/.config/bilan/frameworks/); one with the id of a shipped framework replaces it. The format is in frameworks/README.md. 'framework use ID --stage S' sets what you aim at: skills, due and review then show the expected level beside your own; 'framework clear' undoes it."
    case .frameworkList: "List the frameworks and where each comes from."
    case .frameworkShow: "Show a framework's stages and expected levels."
    case .frameworkID: "The framework's id (see 'framework list')."
    case .frameworkCheck: "Validate framework files (FILE:LINE:COLUMN: message, exit 1)."
    case .frameworkUse: "Aim at a framework's stage: its expected levels are shown beside yours."
    case .frameworkStage: "The stage aimed at (see 'framework show ID')."
    case .frameworkClear: "Aim at no framework any more: no expected level is shown."
    case .review: "Write the review of a period: what moved, what did not, targets, projects."
    case .reviewMore:
      "The review is a Markdown essay with front matter, in your language, on stdout (or in --out FILE), stored as an entry of kind review ('list --kind review'; export and edit it as any entry). It starts where the previous review ended, else 90 days ago, and ends now. Every figure comes from a stored rating or entry."
    case .reviewSince:
      "Start of the period (2026-09-01, 2026-09, -30d); default: where the previous review ended, else 90 days ago."
    case .reviewSkill: "Review only this skill (may be repeated)."
    case .reviewOut: "Also write the essay to this file."
    case .evidence: "The evidence map: each skill's requirements, with what meets each one."
    case .evidenceMore:
      "The requirements are those of each skill's newest essay's rubric (as 'check' reads them) and, once 'framework use' is set, the framework's: the level expected at your stage (met by a rating at that level or above that gives evidence) and each component (met by an entry of the skill tagged with its id). The skills whose evidence is oldest come first."
    case .evidenceChart: "Draw the map as a grid: one line a skill, one cell a requirement."
    case .writeDate:
      "When it happened."
    }
  }
}
