<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>FileChooser</name>
    <message>
        <source>Alongside stores (*.alongside);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an Alongside store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>Three random words work well, for example ‘kettle orchard lantern’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase of one repeated character is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is one that attackers try first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters, or three random words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>The store is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to prepare statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>There is no store at that location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists there. Choose another name so nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this store. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is damaged and cannot be read safely. Nothing has been changed. Ask IT to restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an Alongside store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store was made by a newer version of Alongside. Update Alongside to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is already open in another Alongside window. Close that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is too easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of Alongside was built without encryption and will not open stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer would not let Alongside read or write the store file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::cli::CliText</name>
    <message>
        <source>unexpected failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store needs a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store was given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command; expected init, info, verify or passwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments: give one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; expected init, info, verify or passwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store PATH is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json applies to the info command only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alongside-cli --store PATH [options] &lt;command&gt;

Commands:
  init      create a new, empty store at PATH (never overwrites a file)
  info      show the store&apos;s schema version, counts and cipher settings
  verify    read every page and check every link; prints &quot;ok&quot; or the problems
  passwd    change the passphrase (asks for the current one, then the new one)

Options:
  --store PATH         the store file
  --passphrase-stdin   read passphrases from standard input, one per line
                       (passwd: current line, then new line)
  --json               info: print one JSON object
  --verbose            add technical detail to error messages
  --help, --version

Passphrases are never taken from the command line. Without --passphrase-stdin they
come from ALONGSIDE_PASSPHRASE (and ALONGSIDE_NEW_PASSPHRASE for passwd), or are
asked for at the terminal with echo off.

Exit codes: 0 ok, 1 unexpected, 2 usage, 3 wrong passphrase, 4 not a store or
damaged, 5 in use, 6 passphrase rejected, 7 not found or already exists, 8 I/O.
See docs/cli.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (latest known %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input ended before a passphrase was read (one line per passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty line is not a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase: use --passphrase-stdin or set %1 (standard input is not a terminal, so there is no one to ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrases are never taken from the command line; use --passphrase-stdin or ALONGSIDE_PASSPHRASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Run verify for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the new store: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases did not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found (listed on standard output). </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::SqlCipherDriver</name>
    <message>
        <source>Could not open the store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not key the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not apply cipher settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked SQLite library is not SQLCipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the store with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the store for use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::AboutDialog</name>
    <message>
        <source>About Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted case record for adult safeguarding that keeps the person&apos;s own words and wishes at the centre (Making Safeguarding Personal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences
Alongside: MIT
Qt 6: LGPL-3.0
SQLCipher (Zetetic): BSD-3-Clause
libsodium: ISC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::CaseArea</name>
    <message>
        <source>Choose a case to see it here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::CaseloadModel</name>
    <message>
        <source>Concern received %1, closed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::CaseloadPanel</name>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you record a concern, the person will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing passphrase… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one next time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::CreateStorePage</name>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the store will be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change where the store will be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the first choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody, not even IT, can open the store without this passphrase. If it might be forgotten, write it down and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the store… this takes a moment while the key is made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::DemoBanner</name>
    <message>
        <source>&lt;b&gt;Demo store — do not enter real information.&lt;/b&gt; Everyone in it is made up, and it is deleted when you quit. Its passphrase is &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::MainWindow</name>
    <message>
        <source>Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be prepared. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked. Type the passphrase to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::MainWindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide everything and ask for the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Alongside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::PassphraseFeedback</name>
    <message>
        <source>Use at least 12 characters, or three or more words. Three random words work well, for example ‘kettle orchard lantern’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is long enough to be hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it a second time to make sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::QuickNotePad</name>
    <message>
        <source>Quick note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jot something down — it is saved as you type, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the store would not take the note. Copy it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside locks itself when nobody has used it for this long, and whenever the computer sleeps or the screen locks. Your quick note is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::StoreStatusLabel</name>
    <message>
        <source>No store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store — do not enter real information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::UnlockPage</name>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a different store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a different store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase for this store first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::WelcomePage</name>
    <message>
        <source>Welcome to Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside keeps your safeguarding notes on this computer, encrypted with a passphrase that only you know. To begin, choose one of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your real caseload. You choose the passphrase and where the file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Alongside with made-up people. It is deleted when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store you made before, on this computer or restored from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
