<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AnswerLabels</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person, in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A best-interests decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section 42 enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through a representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants them involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not want them involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasting power of attorney: health and welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasting power of attorney: property and financial affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy: health and welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy: property and affairs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadFlags</name>
    <message>
        <source>Not yet asked what they want to happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet seen on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not spoken with within 24 hours of the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they want has not been revisited for 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed without their view of how it went</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the import file was rejected (%n problem(s), listed above); nothing was written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the check input was rejected (%n problem(s), listed above)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernForm</name>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>FlagWording</name>
    <message>
        <source>Outcomes not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not spoken with in 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes not revisited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed without their view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they want</source>
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
    <name>PersonSection</name>
    <message>
        <source>Not recorded yet</source>
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
        <source>too many arguments: give one command</source>
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
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out was given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs the case file to read: import FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs at least one --case REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case and --out apply to the export command only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; export never overwrites a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (alongside-cli import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file %1 to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file %1 to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command; expected init, info, verify, passwd, import, export or check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown check; expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; expected init, info, verify, passwd, import, export or check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check needs no store or passphrase: leave out --store and --passphrase-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check needs what to check and the file: check KIND FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alongside-cli --store PATH [options] &lt;command&gt;
       alongside-cli check KIND FILE.json

Commands:
  init      create a new, empty store at PATH (never overwrites a file)
  info      show the store&apos;s schema version, counts and cipher settings
  verify    read every page and check every link; prints &quot;ok&quot; or the problems
  passwd    change the passphrase (asks for the current one, then the new one)
  import FILE.json
            add the cases in a case file (docs/case-format.md); all or nothing
  export --case REFERENCE [--case REFERENCE ...] [--out FILE]
            write those cases as a case file, to FILE (never overwritten) or
            standard output
  check KIND FILE.json
            evaluate a situation or record against the law and print the result
            as JSON; KIND is advocacy, imca, one-advocate, capacity,
            best-interests or wishes (docs/checks.md); needs no store

Options:
  --store PATH         the store file
  --passphrase-stdin   read passphrases from standard input, one per line
                       (passwd: current line, then new line)
  --json               info: print one JSON object
  --case REFERENCE     export: a case to export (repeat for more)
  --out FILE           export: write to FILE instead of standard output
  --verbose            add technical detail to error messages
  --help, --version

Passphrases are never taken from the command line. Without --passphrase-stdin they
come from ALONGSIDE_PASSPHRASE (and ALONGSIDE_NEW_PASSPHRASE for passwd), or are
asked for at the terminal with echo off.

Exit codes: 0 ok, 1 unexpected, 2 usage, 3 wrong passphrase, 4 not a store or
damaged, 5 in use, 6 passphrase rejected, 7 not found or already exists, 8 I/O,
9 the import or check input file was rejected (each problem on standard error).
See docs/cli.md.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core</name>
    <message>
        <source>Not all three conditions are met, so the s.42 duty does not apply. An other enquiry or another response may still be right; record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one of the three conditions is not known yet. Find out before deciding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All three conditions are met: the council must make, or cause to be made, an enquiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A s.42 enquiry is recorded, but not all three conditions are answered yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All three conditions are answered yes, so the duty to make a s.42 enquiry applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the response given: concerns that do not become s.42 enquiries still need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the Safeguarding Adults Collection&apos;s %2 labels (they must match exactly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the concern was received (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is needed (given, family or the name they like to be called).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person, NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid NHS number (ten digits; the last is a check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern, date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern, type of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one type of risk is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern, location of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern, source of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.42 decision, date decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.42 decision, response given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when there is to be no enquiry, record the response given instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making Safeguarding Personal, asked about outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the wording it revises (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome&apos;s words are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, achievement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a real date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the person&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who will do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what will be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure, date closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure, risk assessment outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure, risk outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a risk outcome is recorded only where action was taken (SAC SG2e).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outcome needs the person&apos;s words (at least one wording).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another outcome has the same id (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to outcome %1, which is not an outcome of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, addendum to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to note %1, which is not an earlier note of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another note has the same id (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::AdvocacyText</name>
    <message>
        <source>A needs assessment is a care process: the person must be involved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carer&apos;s assessment is a care process: the carer must be involved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a care and support plan (or a carer&apos;s support plan) is a care process: the person must be involved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing a plan is a care process: the person must be involved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A s.42 safeguarding enquiry: the adult is to be involved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safeguarding adults review: the adult is to be involved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No substantial difficulty in being involved, so the duty to arrange an advocate does not arise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial difficulty has not yet been assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial difficulty, and nobody appropriate to represent and support them: the council must arrange an independent advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation 4: an advocate is required even though there is an appropriate individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appropriate individual can represent and support them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a regulation 4 exception applies is not yet settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether anyone is appropriate to represent and support them is not yet settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the council is satisfied that someone is appropriate, the duty is not lifted: do not leave them without support while this is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the advocate now: the duty applies from first contact and throughout the process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>understanding relevant information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retaining that information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using or weighing that information as part of being involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communicating their views, wishes or feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial difficulty in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial difficulty in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the evidence of substantial difficulty in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No substantial difficulty in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what shows they have no substantial difficulty in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess whether, without an advocate, they would have substantial difficulty in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 provides care or treatment for them professionally or for pay, so cannot be their appropriate individual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is implicated in the concern, so cannot be their appropriate individual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council is not satisfied that %1 would be appropriate to represent and support them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council is not satisfied that %1 would be appropriate to represent and support them: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do not consent to %1 representing and supporting them, and with capacity to decide that, their refusal settles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They lack capacity to consent, and being represented and supported by %1 is not in their best interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether %1 provides care or treatment for them professionally or for pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether %1 is implicated in the concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide whether %1 would be appropriate: able and willing to represent and support them and help them be involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether they consent to %1 representing and supporting them (capacity to consent is presumed unless assessed otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether they consent to %1 representing and supporting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They lack capacity to consent: record whether being represented and supported by %1 is in their best interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is appropriate: not paid or professional, not implicated, and being supported by them is in their best interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is appropriate: not paid or professional, not implicated, and they consent to their support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been found who could represent and support them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody considered is appropriate to represent and support them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hospital for 28 days or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a care home for 8 weeks or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how long the NHS placement is likely to last (regulation 4 turns on %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NHS placement is likely to last %1, short of %2, so this part of regulation 4 does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process is likely to lead to an NHS placement in %1 (%2), and the council is satisfied an advocate is in their best interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NHS placement in %1 is likely, but the council is not satisfied an advocate is in their best interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NHS placement in %1 is likely: decide whether an advocate would be in their best interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council and the appropriate individual disagree on a material issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council and the appropriate individual disagree on a material issue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and both agree an advocate would be in their best interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but they do not both agree an advocate would be in their best interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record whether both agree an advocate would be in their best interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation 4 applies to care processes (s.67) only, not to safeguarding enquiries or reviews (s.68), so it is not used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Care Act advocate is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Care Act advocate is not (yet) required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IMCA must or may be instructed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IMCA must or may be instructed (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different advocates are recorded for the two roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded as Care Act advocate and %2 as IMCA. Check whether one advocate could act in both roles so they need not tell their story twice; if not, record why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one kind of advocate, or none, is indicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are indicated: the same advocate can act as Care Act advocate and as IMCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One advocate, qualified for both roles, can represent them under the Care Act and the Mental Capacity Act, so they tell their story once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same advocate is recorded in both roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one role is referred so far: ask whether %1 can act in the other role too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::BestInterestsText</name>
    <message>
        <source>%1: address this, or say why it does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: say how this was addressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the reason this does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the relevant circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether, and when, they may regain capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helping them take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-sustaining treatment (not motivated by a desire to bring about their death)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their past and present wishes and feelings, beliefs and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record their wishes and feelings in their own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone they named to be consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carers and people interested in their welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any attorney under a lasting power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any deputy appointed by the court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what %1 said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for not consulting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consult %1, where practicable and appropriate, or record why not (or that there is nobody).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the options considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider an option less restrictive of their rights and freedom of action, and mark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the one option chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the less restrictive option was not chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A best-interests decision must show the checklist, the people consulted and the less restrictive option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the decision maker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the decision was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They lack capacity for this decision, so it is made in their best interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have capacity for this decision: it is theirs to make, not a best-interests decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the capacity assessment for this decision: best interests apply only once they lack capacity for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::CapacityText</name>
    <message>
        <source>understand the relevant information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retain that information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use or weigh that information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communicate their decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the evidence that they are unable to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the practicable steps taken to help them decide (the right time and place, information in a form they use, people who help them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the relevant information they were given, including the foreseeable consequences of each option and of not deciding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at least one thing they are unable to do in the functional test (understand, retain, use or weigh, communicate), with the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the impairment of, or disturbance in the functioning of, the mind or brain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why the inability is because of that impairment or disturbance (the causative link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The causative link was recorded before the functional test. Decide first whether they are unable to make the decision, then whether that is because of an impairment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A causative link is recorded, but no inability for it to explain: the functional test comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision relies on their age, which alone can never settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conclusion relies on their age, which alone can never settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision relies on their appearance, which alone can never settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conclusion relies on their appearance, which alone can never settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision relies on a condition or diagnosis, which alone can never settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conclusion relies on a condition or diagnosis, which alone can never settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision relies on an aspect of their behaviour, which alone can never settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conclusion relies on an aspect of their behaviour, which alone can never settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conclusion relies on the decision being unwise: an unwise decision does not show a lack of capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the one decision this assessment is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when it was assessed: capacity is about the time the decision is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conclusion is recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concludes they have capacity for this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record shows an inability caused by an impairment, yet concludes they have capacity: reconcile the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concludes they lack capacity for this decision: the record must show why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::CaseFileText</name>
    <message>
        <source>%1 cannot be %2, before the concern was received on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when there is to be no enquiry, the response given is recorded instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a desired outcome needs at least one wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an achievement needs an outcome to measure, but this outcome has no wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wordings are oldest first, but %1 is before the wording it revises (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this case has no outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only one is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions run from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to outcome %1, which does not exist (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an addendum adds to an earlier note, but note %1 is not before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a risk outcome (SG2e) is recorded only where action was taken, but the risk assessment outcome (SG2c) is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 could not be read from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one case to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with the reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no cases to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an Alongside case file: expected &quot;%1&quot;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is newer than this Alongside reads (%2); update Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected version %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also the reference of $.cases[%2]; each case needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;format&quot;, &quot;version&quot; and &quot;cases&quot;, found a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of cases, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case file holds at least one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a case (an object), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case with the reference &quot;%1&quot; is already in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is needed: givenName, familyName or preferredName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid NHS number (ten digits, the last a check digit over the other nine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAC type of risk (SG2a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAC location of risk (SG2b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAC source of risk (SG2b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known way of taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote of the person&apos;s words must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAC risk assessment outcome (SG2c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAC risk outcome (SG2e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAC Making Safeguarding Personal answer (SG4a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date and time with its UTC offset, like 2026-03-14T10:30:00+00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time of day in the form HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a position in the list (0 for the first), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2; expected one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one %1 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (not part of version %1 of the case format)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::CaseRepository</name>
    <message>
        <source>Case reference: “%1” is already used by another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action, done on: the date is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was written on %1 and can only be corrected on the day it was written. Add an addendum to it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::CheckInputText</name>
    <message>
        <source>recognised answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of days, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultee role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoLS stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::ImcaText</name>
    <message>
        <source>They are accommodated under an obligation imposed by the Mental Health Act 1983.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether they would be accommodated under an obligation imposed by the Mental Health Act 1983.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how long the accommodation is likely to last (the duty turns on %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accommodation is likely to last %1, less than %2. If it later seems likely to last longer, instruct an IMCA then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accommodation is likely to last %1: %2 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrangements are urgent: they may be made first, and the IMCA instructed as soon as practicable after, since the stay is likely to last that long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the arrangements must be made urgently (if so, the IMCA may be instructed after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IMCA must already be instructed under the Deprivation of Liberty Safeguards for this hospital or care home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to agree to the arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>28 days in a hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 weeks in a care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodation arranged by an NHS body, with nobody to consult: the NHS body must instruct an IMCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accommodation is not arranged under Part 1 of the Care Act 2014 or as after-care under s.117 of the Mental Health Act 1983.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential accommodation arranged by the council, with nobody to consult: the council must instruct an IMCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IMCA must be instructed under ss.37-39 of the Mental Capacity Act, which takes the place of this power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to agree to the accommodation arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the accommodation began and when the review is, to count the 12 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the review they will have been accommodated for %1, less than 12 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the review they will have been accommodated for %1: 12 weeks or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care review of accommodation held 12 weeks or more, with nobody to consult: the council or NHS body may instruct an IMCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment is regulated by Part 4 of the Mental Health Act 1983.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the treatment is regulated by Part 4 of the Mental Health Act 1983.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to consent to the treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious medical treatment proposed by an NHS body, with nobody to consult: the NHS body must instruct an IMCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment is urgent: it may be given before an IMCA is instructed. The duty still applies to serious medical treatment that is not urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the treatment must be given urgently (if so, it need not wait for the IMCA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective measures are taken or proposed after an allegation that they are abusing, or have abused, another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective measures are taken or proposed after an allegation that they are being, or have been, abused or neglected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to agree to the protective measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are family, friends or others to consult, but this power applies even so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The power applies whether or not there is anyone to consult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult protection: the council or NHS body may instruct an IMCA, even where family or friends could be consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IMCA must be instructed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IMCA may be instructed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious medical treatment (MCA 2005 s.37)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodation arranged by an NHS body (MCA 2005 s.38)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodation arranged by the council (MCA 2005 s.39)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care review (SI 2006/2883 reg 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult protection (SI 2006/2883 reg 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoLS authorisation requested (MCA 2005 s.39A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoLS: no representative (MCA 2005 s.39C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoLS: unpaid representative (MCA 2005 s.39D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No situation in which an IMCA must or may be instructed is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have become subject to the Safeguards: an urgent authorisation was given or a standard authorisation requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DoLS authorisation is requested and there is nobody to consult: the supervisory body must instruct an IMCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authorisation is in force with no representative recorded: record who the representative is, or that their appointment has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The representative&apos;s appointment has ended while the authorisation is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The representative&apos;s appointment has ended and there is nobody to consult: the supervisory body must instruct an IMCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMCA acts until a new representative is appointed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their representative is paid to act, so s.39D does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authorisation is in force and their representative is not paid to act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have asked for an IMCA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their representative has asked for an IMCA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is reason to believe that, without an IMCA, they and their representative would not use their rights to a review or to apply to the court when it would be reasonable to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider whether, without an IMCA, they and their representative would be unable, or unlikely, to use their rights to a review or to apply to the court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither they nor their representative has asked for an IMCA, and there is no reason to believe their rights will go unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unpaid representative, and a request or rights at risk: the supervisory body must instruct an IMCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone they named to be consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attorney under a power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deputy appointed by the Court of Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family or friends appropriate to consult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is someone appropriate to consult about their best interests (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out whether any family member or friend, not paid to care for them, is appropriate to consult about their best interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody appropriate to consult about their best interests other than people caring for them professionally or for pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They lack capacity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have capacity %1: the decision is theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether they lack capacity %1 (capacity is presumed until an assessment shows otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not yet known whether it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a power, not a duty: decide whether to instruct an IMCA, and record why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
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
    <name>alongside::core::WishesText</name>
    <message>
        <source>other people, including children, are or may be at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether other people, including children, are or may be at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a serious crime has been or may be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether a serious crime has been or may be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person in a position of trust is implicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether a person in a position of trust (staff or a volunteer) is implicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they may be under coercion, undue influence or duress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether they are under coercion, undue influence or duress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is a wider public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether there is a wider public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their wish may not settle it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do not want action, but something may override their wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide, with your manager, whether to act or share information without their agreement; record the decision and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether they were told what will happen and what will be shared, or why telling them would increase the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They were not told: record why telling them would increase the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do not want action; whether anything overrides their wish is not yet checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do not want action and nothing recorded overrides that: their wish guides what happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the reasons to act against their wish applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They lack capacity for this decision: it is a best-interests decision, still shaped by their wishes and feelings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak to them alone, away from anyone who may be influencing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal is never simply a reason to close: check for coercion, speak to them alone, and keep trying to build trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is being closed while they refuse: record what was done to check for coercion and to keep them engaged, and what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they want is not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them, alone if possible, what they want to happen, and record it in their own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They want action: work with them towards the outcomes they want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what they said about not wanting action, in their own words.</source>
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
    <name>alongside::ui::CasePreview</name>
    <message>
        <source>Choose a case to see it here. Press Enter in the caseload to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::CaseView</name>
    <message>
        <source>← &amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case, in the order the work happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · concern received %3</source>
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
    <message>
        <source>Nothing missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest action still to do is due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
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
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With something missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, notes and the person&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, notes, their words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case here matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One case matches %1. “Found in” shows where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases match %2. “Found in” shows where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a concern with “New case…”, and the person will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search looks at names, notes, conversations and the person&apos;s own words. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “All cases” under Show to see every case.</source>
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
    <name>alongside::ui::ClosingSection</name>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them: did we do what you wanted? Do you feel safer? Their view, in their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they feel safer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their view, was this achieved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in their words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why — in their words where you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they feel safer? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk outcome is recorded only where action was taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ConcernForm</name>
    <message>
        <source>At a known &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the concern was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time it was received is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the concern was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who raised it: their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home care worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care home staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who raised it: their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised &amp;by (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the person know the concern was raised?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they think of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words, where possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are children at risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are other adults at risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the person &amp;know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they th&amp;ink of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Children at risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other adults at risk?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ConcernSection</name>
    <message>
        <source>The concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the section 42 duty apply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care Act 2014 s.42(1): answer each question with what you know. Concerns that do not become enquiries still need a response recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1, raised by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they know it was raised? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they think of it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children at risk? %1 · Other adults at risk? %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the concern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ConversationCard</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Time alone planned for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. No time alone planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They took part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ConversationForm</name>
    <message>
        <source>&amp;Yes, on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o, someone else was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on their own is &amp;planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put &amp;aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the conversation was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: at home, at the day centre, by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody, or for example: daughter, interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on their own: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on their own: no, someone else was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not — for example: her son would not leave the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on their own is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date planned for time on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was agreed, what you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On their own?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put aside: keep it as a draft for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried on from your draft saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept safe at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept: the store would not take it. Save the conversation, or copy the text somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ConversationsSection</name>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has spoken with them yet. As early as possible, and on their own if you can: what would they like to happen?</source>
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
    <name>alongside::ui::EntryListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save c&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes to the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::FlagList</name>
    <message>
        <source>Nothing that Making Safeguarding Personal expects is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ImportantPeopleEditor</name>
    <message>
        <source>People important to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: daughter, neighbour, friend from church</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the person want them involved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to contact them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they &amp;are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Involved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::LegalRepresentativesEditor</name>
    <message>
        <source>Attorneys and deputies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of legal authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney&apos;s or deputy&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to contact them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
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
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a concern about someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show conversation &amp;prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to have in mind while talking with the person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::NewCaseForm</name>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name they like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If different, for example Sam for Samuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes to be &amp;called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::NoteCard</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum, %1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the change to this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an addendum to this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum to this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the addendum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::NotesSection</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new note for the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::OutcomeCard</name>
    <message>
        <source>Put into words by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · first recorded %1 · revisited %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier (%1): “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At closing, in their view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they want now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words, as they say it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What prompted the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: for example, after the meeting with the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel revisiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::OutcomesSection</name>
    <message>
        <source>What they want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what they want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were they asked what they want? (Safeguarding Adults Collection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were they asked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they want, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they want, in their words — for example: “I just want it to stop”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who put it into words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put into words by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet. What would they like to happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else they want, in their words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ParticipationChecks</name>
    <message>
        <source>Took part %1</source>
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
    <name>alongside::ui::PersonDetailsForm</name>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name they like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a learning &amp;disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they like to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten digits, for example 943 476 5919</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: hearing aid, left ear; face me when talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words, where possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a learning disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes to be &amp;called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they communicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they like to &amp;talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That NHS number checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NHS number has ten digits; this has %1 so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not check out as an NHS number (the last digit is a check). Worth looking at it again, or leave it empty for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::PersonDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family, friends and others who matter to them, and whether they want each one involved. Ask them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who holds a registered lasting power of attorney for them, or has been appointed their deputy by the Court of Protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People important to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorneys and deputies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save their details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::PersonSection</name>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney or deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the person&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — likes to be called %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — this does not check out as an NHS number; worth checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a learning disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes to talk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::PlanSection</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: speak to the agency manager together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of their outcomes it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned yet. Plan it with them: who will do what, by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::PromptsPanel</name>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we talk on your own?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would a good outcome look like for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there anything you are worried about if we do that?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who would you like with you, or to help you say what you want?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Along the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is that still what you want, or has it changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most to you about this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would make you feel safer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is anyone else at risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did we do what you wanted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you feel safer now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there anything you would like to happen next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the conversation prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To have in mind while you talk — not a form. Use your own words, and theirs.</source>
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
    <name>alongside::ui::QuoteCapture</name>
    <message>
        <source>&amp;Keep their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what they said, exactly, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep their words as a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their words, kept so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::QuoteLabel</name>
    <message>
        <source>In their words: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::RiskTypeChecks</name>
    <message>
        <source>Type of risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::SaveDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::Section42Form</name>
    <message>
        <source>Save the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they have needs for care and support?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are they experiencing, or at risk of, abuse or neglect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because of those needs, are they unable to protect themselves?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why — what you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done instead, or alongside — for example advice, a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the section 42 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes to the decision</source>
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
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As colleagues would know you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with every change you make to a case, so the record shows who wrote what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside locks itself when nobody has used it for this long, and whenever the computer sleeps or the screen locks. Your quick note and unsaved conversations are saved first.</source>
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
<context>
    <name>alongside::ui::WorkspacePage</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>There is no outcome %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
