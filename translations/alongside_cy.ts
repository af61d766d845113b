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
    <message>
        <source>Nobody asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family member, for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friend, for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carer, for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their IMCA, for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their advocate, for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enduring power of attorney (property and affairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated by them to be consulted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileText</name>
    <message>
        <source>&quot;%1&quot; is not a uid: 32 lower-case hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepositoryText</name>
    <message>
        <source>There is no outcome %1 in this case.</source>
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
    <message>
        <source>Not yet checked whether they need an independent advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doubt about their capacity to decide has not yet been assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A risk enablement note is past its review date</source>
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
        <source>Choose from the return’s answers</source>
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
    <message>
        <source>Advocacy not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity doubted, not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk review overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterFileChooser</name>
    <message>
        <source>Save the letter as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter for a screen reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture of yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>three random words work well, for example ‘%1’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is one that attackers try first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase would be too easy to guess: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three random words work well, for example ‘%1’. Avoid names, dates and well-known phrases.</source>
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
    <name>QCheckBox</name>
    <message>
        <source>Already made, without an IMCA, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 arrangements are already made, without an IMCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day the %1 stay began</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Hospital or care home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QSpinBox</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectivePrompt</name>
    <message>
        <source>What does the person want?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is working well for them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are we worried about, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose voice is missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the difficult conversation go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could we do differently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words, if we have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths, people and places that help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And is it our worry, theirs, or someone else&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person on their own, family, an advocate, other agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where their wishes cannot be met, or something hard had to be said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time, or from tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section42Test</name>
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
</context>
<context>
    <name>SignOffForm</name>
    <message>
        <source>Risk enablement: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting against their wishes (%1)</source>
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
    <name>StillOpenAtClosing</name>
    <message>
        <source>Nobody has recorded whether they were asked what they want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No s.42 decision is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet: “%1” (%2, by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked whether they feel safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No view from them yet on “%1”</source>
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
    <message>
        <source>The passphrase was not changed: Alongside locked while the copy was being made. Unlock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed: something was saved while the copy was being made. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <source>since %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is already open in another Alongside window or in alongside-cli. Close it there, or wait for the command to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the computer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is in use by alongside-cli%1. Wait for that command to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is already open in another Alongside window%1. Close the store in that window, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is in use by %1%2. Close it there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionAgenda</name>
    <message>
        <source>%1 has not yet been asked what they want to happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 wants was last talked about on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not yet been seen on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: capacity was doubted for a decision and has not yet been assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nobody has yet checked whether they need an advocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a risk decision was due for review on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a decision went against their wishes (latest %2); signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a decision went against their wishes (latest %2); not yet signed off by a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” (%3) was due on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they want: not yet asked, or not revisited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet seen on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity doubted, not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy not yet considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk decisions due a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a decision went against their wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open for more than %n weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Agreed in supervision, past its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: open for %n weeks, since %2.</source>
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
    <name>SupervisionDialogs</name>
    <message>
        <source>Start a supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypedDate</name>
    <message>
        <source>There is no month %1: the day comes first, then the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date this can read. Try 12 Mar 1941 or 12/03/1941.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
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
        <source>unknown check; expected %1</source>
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
        <source>plain-check needs no store or passphrase: leave out --store and --passphrase-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain-check needs the text file to check: plain-check FILE.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter needs one --case REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter needs --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--large-print, --html and --pictures apply to the letter command only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; letter never overwrites a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no folder %1 of pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no case %1 in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter for %1 has not been reviewed and approved in Alongside; it is marked DRAFT on every page. Read and approve it before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the letter for %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from, --to, --csv and --pdf apply to the report command only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs what to report: report sac or report outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs the period: --from DATE --to DATE (yyyy-mm-dd, both days included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is not a real day; give it as yyyy-mm-dd, e.g. 2025-04-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is not a real day; give it as yyyy-mm-dd, e.g. 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv and --pdf apply to report sac (which includes the outcome measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; report never overwrites a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be an Alongside file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; bundle make never overwrites a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made bundle %1 (number %2 from this store) to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (alongside-cli)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; expected init, info, verify, passwd, import, export, check, letter, plain-check, report, keys or bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case and --out apply to the export, letter and bundle make commands only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store has no keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colleague&apos;s keys are trusted in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      trusted on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      REVOKED on %1 by %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no public-key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter for %1 is to be posted where someone named in it, or the person who may have caused harm, may read it: this is the short letter for posting, which leaves out what happened. Give the full letter in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; alongside-cli never overwrites a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys %1 takes no file or fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys trust needs one public-key file: keys trust FILE --fingerprint DIGITS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys trust needs the fingerprint as you hear it: phone your colleague on a number you already know, ask them to read you the fingerprint from their own Alongside, and give it with --fingerprint &quot;DIGITS&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys revoke needs the fingerprint of the keys to revoke: keys revoke &quot;1234 5678 …&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fingerprint is 32 digits, in eight groups of four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys needs what to do: keys show, keys list, keys trust FILE or keys revoke FINGERPRINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fingerprint applies to keys trust only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason applies to keys revoke only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fingerprint and --reason apply to the keys command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle open needs one bundle file: bundle open FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle needs what to do: bundle make … or bundle open FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle make takes its files as options: --to KEYFILE and --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle make needs at least one --to PUBLIC-KEY-FILE: whom the bundle is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle make needs --out FILE: where to write the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fingerprint and --reason apply to the keys command only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: your name is not set in this store, so the file does not say whose keys these are; set it in Alongside (File, About you) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --store or --service once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command; expected init, info, verify, passwd, import, export, check, letter, plain-check, report, keys, bundle or db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown db action; expected db migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db migrate needs a council server: --store postgresql://… or --service NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: alongside-cli --store PATH [options] &lt;command&gt;
       alongside-cli check KIND FILE.json
       alongside-cli plain-check FILE.txt

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
  letter --case REFERENCE --out FILE.pdf [--large-print] [--html FILE.html]
         [--pictures DIR]
            the easy-read outcome letter for a case: the latest approved letter,
            or a fresh draft (marked DRAFT) if none has been approved
  plain-check FILE.txt
            check text against the easy-read word rules; findings as JSON;
            needs no store
  report sac --from DATE --to DATE [--csv DIR] [--pdf FILE.pdf]
            the Safeguarding Adults Collection tables for the concluded s.42
            enquiries closed in the period, as JSON; --csv writes one CSV per
            table, --pdf the report for the Board (docs/reporting.md)
  report outcomes --from DATE --to DATE
            the outcome measure (asked, expressed, achieved, seen within 24
            hours, seen alone, advocacy) for the same enquiries, as JSON
  keys show   print this store&apos;s public-key file (for colleagues; nothing secret)
  keys list   the colleagues whose keys this store trusts, and any revoked
  keys trust FILE --fingerprint DIGITS
            trust a colleague&apos;s public-key file; DIGITS is the fingerprint as they
            read it to you from their own Alongside (phone a number you know)
  keys revoke FINGERPRINT [--reason TEXT]
            stop trusting a colleague&apos;s keys, for good
  bundle make --to KEYFILE [--to KEYFILE ...] (--case REFERENCE ... | --all)
              --out FILE
            seal cases for trusted colleagues in a signed, encrypted bundle
  bundle make --to KEYFILE [--to KEYFILE ...] --aggregate [--year YYYY] --out FILE
            the year&apos;s SAC tables and outcome measure for the Board, counts only
  bundle open FILE
            check a bundle and add its cases; all or nothing (docs/bundles.md)
  db migrate  bring a council server&apos;s database up to this version&apos;s schema;
            run by IT signed in as the owner role (docs/postgresql.md)

Options:
  --store PATH         the store file, or a council server: postgresql://… or
                       service=NAME (info, import, export and db so far; never
                       a password: libpq reads ~/.pgpass or uses Kerberos)
  --service NAME       a council server from pg_service.conf
  --passphrase-stdin   read passphrases from standard input, one per line
                       (passwd: current line, then new line)
  --json               info: print one JSON object
  --case REFERENCE     export: a case to export (repeat for more)
  --out FILE           export: write to FILE instead of standard output;
                       letter: the PDF to write
  --large-print        letter: 20 pt type instead of 16 pt
  --html FILE          letter: also write an accessible HTML version
  --pictures DIR       letter: the council&apos;s own pictures (SVG or PNG named by
                       pictogram id), used instead of Alongside&apos;s
  --from, --to DATE    report: the first and last day, yyyy-mm-dd, both included
  --csv DIR            report sac: write the tables as CSV files into DIR
  --pdf FILE           report sac: write the Board report as PDF
  --verbose            add technical detail to error messages
  --help, --version

Passphrases are never taken from the command line. Without --passphrase-stdin they
come from ALONGSIDE_PASSPHRASE (and ALONGSIDE_NEW_PASSPHRASE for passwd), or are
asked for at the terminal with echo off.

Exit codes: 0 ok, 1 unexpected, 2 usage, 3 wrong passphrase, 4 not a store or
damaged, 5 in use, 6 passphrase rejected, 7 not found or already exists, 8 I/O,
9 the import or check input file was rejected (each problem on standard error),
10 a bundle or public-key file is damaged, cut short, changed or newer, 11 the
bundle is not for this store, 12 its sender (or a --to colleague) is not trusted
here, 13 already imported, 14 trust or revoke refused, 15 a bundle kind this
version cannot open yet or a command not yet on a council server.
See docs/cli.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema version %2, migrated by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (latest known %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (ask IT to add this login to a team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases this login can see: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command does not work on a council server yet; on a server, alongside-cli can do info, import, export and db migrate (docs/postgresql.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These figures count in teams&apos; aggregate bundles: a count from 1 to 4 is shown as &quot;[c]&quot;, every other count rounded to the nearest 5, as NHS England publishes the Safeguarding Adults Collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case, --all, --aggregate, --year, --to and --out apply to bundle make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle make needs one of --case REFERENCE (one or more), --all or --aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year applies to bundle make --aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year is the year a reporting year begins, like 2025 for 1 April 2025 to 31 March 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all, --aggregate, --year and more than one --to apply to bundle make only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core</name>
    <message>
        <source>A file called %1 already exists. Nothing was saved; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the folder %1. Choose a folder you can save in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the whole file (is the disk full?). The old file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the whole file (is the disk full?). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1. The old file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Nothing was saved; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in %2. Nothing was saved; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, but could not set the session up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PostgreSQL address Alongside can read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the server address: anyone on this computer can see a command line. Put it in your .pgpass file, or use your council&apos;s Kerberos sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address has a setting Alongside does not know: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one service from pg_service.conf, like service=alongside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server is named postgresql://… or service=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not begin the migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database&apos;s schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was set up by a newer Alongside (schema version %1; this one knows up to %2). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration was refused and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read this database&apos;s schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no Alongside tables yet. Your IT team sets it up with `alongside-cli db migrate`, signed in as the owner role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is at schema version %1 and this Alongside needs %2. Ask your IT team to run `alongside-cli db migrate`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was set up by a newer Alongside (schema version %1). Update Alongside to use it.</source>
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
    <message>
        <source>The adult has died.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the adult the review is about is alive: only a living adult can be involved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult is alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is about an adult who has died: the duty covers a review of this kind only while the adult is alive, and is there to involve them, so it does not arise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the enquiry or review needs to begin as a matter of urgency it may begin before the advocate is arranged, but the duty to arrange one continues.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::AggregatePayload</name>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not part of the aggregate format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of the table&apos;s %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a published row of this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a row given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of %1 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of %1 tables, one per column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than outOf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a year from 2000 to 2100</source>
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
    <name>alongside::core::BoardReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making Safeguarding Personal: outcome figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Safeguarding Adults Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on %1 with Alongside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Service Provider” means paid or commissioned care providers; council, NHS and GP assessment staff count as “Other”. SG2e counts only enquiries where action was taken. SG4a’s outcomes achieved counts only enquiries where outcomes were expressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sector outcome measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 concluded section 42 enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 concluded section 42 enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enquiry can count in more than one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people said they wanted, as they said it, with how it turned out. Names are reduced to initials; the words may still identify someone, so please handle this page with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcomes in people’s own words were recorded on the enquiries of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These figures are here to help us reflect on what people wanted from safeguarding and whether it happened. They are not a league table: they do not rank teams or practitioners, and every number opens onto people&apos;s own stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the published categories, not one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether people were asked what they wanted from safeguarding, whether they could say, whether it happened, and how it was for them, over %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category (the return&apos;s label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the %1 with an answer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded: no shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SG1 · Safeguarding activity and the people involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SG1f (the return&apos;s label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 adults at risk were involved, each counted once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.42 enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In s.42 enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the section 42 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the percentages above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiries with one recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns: %1 · other enquiries: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the return&apos;s rows. Concerns: %1 · other enquiries: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is counted: SG1 counts the concerns raised and the enquiries begun in the period, and the adults at risk involved, each person once. Every other table counts the section 42 enquiries concluded in the period, per enquiry, as the Safeguarding Adults Collection counts them: an enquiry with two types, locations or sources of risk counts once in each, so those tables&apos; rows can add up to more than their enquiries. Categories use the return&apos;s own labels. Percentages are of the enquiries with an answer recorded; answers that were never recorded are shown on a line of their own, never counted as a “no”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the enquiries recorded as “Yes, they lacked capacity”: was an advocate, family member or friend supporting them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, supported (the return&apos;s row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Fewer than %1 enquiries: one enquiry moves this percentage by ten points or more (20% can be 1 of 5). Read the numbers before the percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::BundleText</name>
    <message>
        <source>This is not an Alongside bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Alongside. Update Alongside to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is incomplete: it ends before its last part. It may not have copied fully; ask the sender for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle has been changed or damaged since it was made, so it cannot be trusted. Ask the sender for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was not made for this store: it is sealed to other people&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was not sent to this store by the person who made it: its maker signed it for other recipients and someone else passed it on. Ask the maker to send it to you.</source>
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
    <message>
        <source>The evidence recorded for being able to %1 (“%2”) reads as though they could not: check the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence that they are unable to %1 only names a condition (“%2”). A lack of capacity cannot be established merely by reference to a condition: record what they said or did when given the information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is about capacity in general (“%1”), not one decision. Capacity is decided in relation to a matter at the time it has to be made: name the one decision, for example “whether to move to Elm House”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not name a decision. Capacity is decided in relation to a matter: name the one decision this assessment is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record concludes they lack capacity, yet finds they can understand, retain, use or weigh the information and communicate their decision. A person is unable to decide only if unable to do one of these: reconcile the conclusion with the abilities recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not show when the functional test and the causative link were written, so it cannot show the functional question came first: keep both times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which inability the impairment causes: the causative link explains why they cannot do what the functional test found, not why they lack capacity.</source>
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
        <source>this is not an Alongside case file: expected &quot;%1&quot;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is newer than this Alongside reads (%2); update Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also the reference of $.cases[%2]; each case needs its own</source>
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
    <message>
        <source>matter their authority covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAC gender (SG1b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAC ethnicity (SG1c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAC primary support reason (SG1d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give %1 or %2, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to conversation %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAC autism (SG1e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected version %1 or %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this case is also $.cases[%1] (the same uid); a file holds a case once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a uid, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uid %1 is also that of %2; each record has its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object, a list or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uid of a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day (HH:MM:SS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM:SS, local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1, which is not an earlier record of its list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1, which is not a record of %2 in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this case is already in this store, as %1; importing it again would make two copies of one case (bringing changes into a case already here is not possible yet)</source>
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
    <message>
        <source>Whether this outcome was achieved is not recorded yet, so there is no reason to put into the letter&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is not closed, so there is no closing to put into the letter&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action, no longer needed on: the date is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action, why: say why it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: “%1” has already ended; it is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conversation %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation was written up on %1 and can only be corrected on that day. Add an addendum to it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost, so nothing of this change was saved. Check the network and try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::CaseValidation</name>
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
    <message>
        <source>Person, gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person, ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person, primary support reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person, autism (SAC SG1e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is either done or no longer needed, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, addendum to conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to conversation %1, which is not a conversation of this case.</source>
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
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matter an authority covers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::CsvWriter</name>
    <message>
        <source>Enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded (not a published row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded s.42 enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they wanted, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not a published row)</source>
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
        <source>The accommodation is likely to last %1: %2 or more.</source>
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
    <message>
        <source>An IMCA must be appointed under s.39A or s.39C of the Act for this hospital or care home, the relevant one under the DoLS authorisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IMCA must be appointed under the Deprivation of Liberty Safeguards: record whether this is the hospital or care home that authorisation is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the hospital or care home of a DoLS authorisation: record the DoLS facts, to see whether an IMCA must be appointed under s.39A or s.39C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether an IMCA must be appointed under s.39A or s.39C for this hospital or care home is not yet settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how long the stay, counted from its first day (%1), is now likely to last (the duty turns on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay, counted from its first day (%1), is likely to last %2, less than %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the length of stay under review: once there is reason to believe it will last %1 or more from its first day, an IMCA must be instructed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrangements were made on %1 without an IMCA, and the stay, counted from that first day, is now likely to last %2: %3 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accommodation is likely to last %1, less than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the length of stay under review: if there comes to be reason to believe it will last %1 or more from its first day, an IMCA must then be instructed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruct the IMCA now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrangements need to be made as a matter of urgency: they may be made first. As the stay is likely to last that long, the IMCA must then be instructed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the arrangements need to be made as a matter of urgency (if so, they may be made first and the IMCA instructed after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review of the accommodation arrangements is proposed or in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care review of accommodation held 12 weeks or more, with nobody to consult: the council or NHS body may instruct an IMCA if satisfied it would be of particular benefit to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment is not proposed by an NHS body: the duty falls only on an NHS body proposing to provide, or secure, serious medical treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether an NHS body is proposing to provide, or secure, the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment needs to be given as a matter of urgency: it may be given without an IMCA, and no duty to instruct one follows for this treatment. If further serious medical treatment that is not urgent is proposed, check again: that is a new proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious medical treatment proposed by an NHS body, with nobody to consult: the NHS body must instruct an IMCA before the treatment is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether the treatment needs to be given as a matter of urgency (if so, it may be given without an IMCA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family member is implicated in the allegation: they cannot be relied on to speak for the person&apos;s interests in the protective measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh the implicated family member in deciding whether an IMCA would be of particular benefit to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether a family member is implicated in the allegation: it bears on whom it is appropriate to consult and on the benefit of an IMCA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult protection: the council or NHS body may instruct an IMCA if satisfied it would be of particular benefit to them, even where family or friends could be consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family member is implicated in the allegation of abuse or neglect: decide again whether the family or friends you would consult are appropriate to consult about their best interests, and record why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is someone appropriate to consult about their best interests (family or friends).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council or NHS body is not satisfied that an IMCA would be of particular benefit to them, so the power is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council or NHS body is not satisfied that an IMCA would be of particular benefit to them, so the power is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council or NHS body is satisfied that an IMCA would be of particular benefit to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council or NHS body is satisfied that an IMCA would be of particular benefit to them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The power is there only if you are satisfied that an IMCA would be of particular benefit to them: decide, and record why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why an IMCA would be of particular benefit to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nominated by them to be consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attorney under a lasting power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attorney under an enduring power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deputy appointed by the Court of Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where they live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprivation of liberty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property and financial affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an enduring power of attorney is not one of the exceptions in s.40(1), so it does not take this duty away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what %1 covers: the duty does not apply if it covers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, for %2: the duty does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with authority for %2: the duty does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers %2, not %3, so does not take this duty away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may still be someone appropriate to consult about their best interests: decide, and record it with family and friends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is %1: this power needs there to be no nominee, attorney or deputy at all, whatever they cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IMCA must be instructed under ss.37-39 of the Mental Capacity Act, or the care review power applies: the adult protection power is not used then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::KeysText</name>
    <message>
        <source>Alongside public keys

This file holds a colleague&apos;s public keys for Alongside (they have not set their
name). Nothing in it is secret. Before you trust it, phone them on a number you
already know (not one that came with this file) and ask them to read you the
fingerprint shown in their own Alongside (File, Team members and keys). Trust it
only if all eight groups of four digits match.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside public keys: %1

This file holds %1&apos;s public keys for Alongside. Nothing in it is secret.
Before you trust it, phone %1 on a number you already know (not one that
came with this file) and ask them to read you the fingerprint shown in
their own Alongside (File, Team members and keys). Trust it only if all
eight groups of four digits match.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too large to be an Alongside public-key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Alongside public-key file (it is not text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Alongside public-key file: it has no single block of keys between BEGIN ALONGSIDE PUBLIC KEYS and END ALONGSIDE PUBLIC KEYS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public-key file is damaged or has been changed: its lines are not the ones Alongside writes (expected &quot;%1&quot; on line %2 of the block).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public-key file is cut short: some of its lines are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This public-key file was made by a newer version of Alongside. Update Alongside to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Alongside public-key file (its format line is not one Alongside knows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public-key file is damaged: its store line is not a store id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public-key file is damaged: a name, role or team is too long or holds characters that cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public-key file is damaged: a key or the signature is not the right size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public-key file has been changed: the fingerprint written in it does not match its keys. Do not trust it; ask your colleague for their file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public-key file has been changed since it was made (its signature does not match). Do not trust it; ask your colleague for their file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::LegalRecords</name>
    <message>
        <source>Advocacy check, the date it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to an advocate, the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to an advocate, the date of referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting against the person&apos;s wishes, the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no capacity assessment %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no best-interests decision %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity assessment, the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity assessment, the date it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best-interests decision, the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best-interests decision, the date it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubt about capacity, the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubt about capacity, the date it arose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no doubt about capacity %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacked capacity (SAC SG3a): “%1” is not one of yes, no or dont-know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by an advocate, family or friend (SAC SG3a): “%1” is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by an advocate, family or friend (SAC SG3a) is recorded only when the person lacked capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: please say what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: please give the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is after today; a record says what has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no risk enablement note %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk enablement, the activity or situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk enablement, the date it was decided: %1 is after today; a record says what has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk enablement, the review date: %1 is before %2, when the note was %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outcome %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::LetterFilesText</name>
    <message>
        <source>The file is not encrypted. Keep it only on encrypted council storage, and delete it once the letter has reached the person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::LetterReadinessText</name>
    <message>
        <source>The letter does not say who %1 can contact, or their phone number. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter does not name a person %1 can contact. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter has no phone number for %1 to ring. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written for colleagues. Rewrite it for %2, saying &quot;you&quot;, before you approve the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the letter will reach %1, and whether anyone named in it, or the person who may have caused harm, lives there or may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out whether anyone named in the letter, or the person who may have caused harm, lives where it will be posted or may read it there. If you cannot find out, give it to %1 in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sentences have been read. Read and tick every sentence before you approve the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them in File → About you (who is writing)…, then open the letter again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::LetterRepository</name>
    <message>
        <source>There is no case %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no letter %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sentences have been reviewed. Read and tick every sentence before you approve the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post it to their home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post it to another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it to them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone named in it, or the person who may have caused harm, lives there or may read it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::LetterService</name>
    <message>
        <source>The letter is saved, but its wording could not be kept with the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no letter %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::LetterText</name>
    <message>
        <source>Who we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It tells you about the work we did together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My name is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I work for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you told us you wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did not write down what you wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we did together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We talked with you %1 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We talked with you on your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This happened on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wanted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are still working on this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partly happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This did not happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are still working with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How safe you feel now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told us you feel safer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told us you feel a bit safer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told us you do not feel safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are sorry that things are still hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did not ask you how safe you feel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will ask you how safe you feel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will happen by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have finished our work with you for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will keep working with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can talk to me, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My phone number is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your advocate is %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your advocate is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your advocate is from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An advocate is someone who helps you have your say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: not yet checked. Do not send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A speech bubble: talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ear: listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shield: keeping safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tick: it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A half-full circle: it partly happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cross: it did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People meeting around a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An advocate: someone who helps you have your say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A police officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A care worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person thinking: something you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An arrow: what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A happy face: feeling safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A face that is not sure: feeling a bit safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sad face: not feeling safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am an %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I work for the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, this letter is for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It tells you about the work we did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I would like to talk with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please call me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can choose a time to meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your advocate, %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told us you wanted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 helped us understand what you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We thought about what is best for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did not ask you if this happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did not ask you what you wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have not asked you what you want yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are still working on what you wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did not talk with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have not talked with you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We talked with you on the phone on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We talked with you on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first time was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last time was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the time, we talked with you on your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was there to help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please call me if you need help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was due by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::PlainLanguageText</name>
    <message>
        <source>Easy read: sentences of 10 to 15 words (DH easy-read guidelines; Mencap, &quot;Am I making myself clear?&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read: one idea and one verb in each sentence (DH easy-read guidelines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read: active voice, using &quot;you&quot; and &quot;we&quot; (Mencap, &quot;Am I making myself clear?&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read: no jargon or initials; use everyday words, or explain a hard word in the next sentence (UK government accessible-formats guidance; Mencap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read: write numbers as digits (DH easy-read guidelines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read: write dates out in full, with the day of the week (DH easy-read guidelines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding out what happened and keeping you safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an advocate: someone who helps you have your say about a big decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone who helps you say what you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the law about making your own decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking if you can make this decision yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether you can make this decision yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make this decision yourself right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is best for you, when you cannot decide yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules for when you are not free to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone you chose to make decisions for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking you what you want to happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan to keep you safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting to plan how to keep you safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people from different services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping you safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you want to happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking at what could hurt you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the help you get at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the people who pay for the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company that gives you care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person who may have hurt you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking another service to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the law says we must do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needing help to stay safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone who helps you say what you want and makes sure you are heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the people who check care services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sentence has %1 words. Easy read sentences have 15 words or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split it into 2 short sentences, with one idea in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A semicolon joins 2 ideas in one sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the sentence here and start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts a second idea in the same sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make 2 sentences: end the first before &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is passive: it does not say who did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who did it, for example &quot;We sent the letter&quot;, not &quot;The letter was sent&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a hard word. Keep it only if you explain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain it in the next sentence: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is jargon the reader may not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say &quot;%1&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a set of initials the reader may not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it out in everyday words, or explain it in the next sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number written as a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as a digit: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date in numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it out: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it out, with the day: &quot;Tuesday 3 March 2026&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say the day of the week and the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it out, with the day and year: &quot;Tuesday 3 March 2026&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the other things, or leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through, or by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as soon as we can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the address of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is shorthand the reader may not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read: no abbreviations or Latin shorthand; write the words out (UK government accessible-formats guidance; Mencap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read: numbers the reader can picture; say &quot;half&quot; or &quot;3 out of 4&quot;, and round amounts of money (DH easy-read guidelines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read: talk to the reader as &quot;you&quot;; text written about them for colleagues is rewritten before it is sent (Mencap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 in 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 out of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 in 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a very small part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 in 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 thousand pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about £%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a percentage. Many readers cannot picture it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it in words: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an exact amount that is hard to take in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round it: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a court that makes decisions for people who cannot decide for themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone the court chose to make decisions for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone who looks after your benefits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place where you live or go for care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we will not do any more about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short stay away from home, to give you and your carer a rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talked with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told you about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not being able to look after yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the companies that give care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; talks about the reader as someone else. This letter is to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say &quot;your&quot; instead, and &quot;you&quot; for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say &quot;you&quot; instead, and &quot;your&quot; or &quot;yourself&quot; for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::ReportRepository</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded s.42 enquiries by type of risk. An enquiry with several types of risk counts once in each.</source>
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
        <source>Risk assessment outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded s.42 enquiries by what the risk assessment found and whether action was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded s.42 enquiries where action was taken, by what happened to the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacking capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded s.42 enquiries by whether the person lacked capacity to make decisions about the enquiry; of the Yes, whether an advocate, family or friend supported them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making Safeguarding Personal: asked about outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded s.42 enquiries by whether the person (or their representative) was asked what outcomes they wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making Safeguarding Personal: outcomes achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded s.42 enquiries where outcomes were expressed, by how far they were achieved: all fully, Fully; all not, Not; otherwise Partially.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concluded s.42 enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked about the outcomes they wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expressed the outcomes they wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enquiries where outcomes were expressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through a best-interests decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes fully or partly achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken with within 24 hours of the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on their own at least once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy indicated by the latest check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to an advocate, where indicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enquiries where advocacy was indicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not produce the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded s.42 enquiries by where the risk was. An enquiry with several locations of risk counts once in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded s.42 enquiries by who or what the risk came from. An enquiry with sources of different types counts once in each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the enquiries recorded as Yes: no support from an advocate, family or friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the enquiries recorded as Yes: support not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enquiries where advocacy was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked whether they feel safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enquiries where they were asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feel safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feel partly safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not feel safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked how it was for them (the person or a representative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enquiries where someone answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by a representative for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt listened to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt partly listened to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt involved as much as they wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt partly involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the %1: nothing recorded in Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18 on the last day of the period (not counted in the return: check the date of birth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults at risk involved in the concerns raised and the enquiries begun in the period, each once in a column however many cases they had, with the details of their most recent case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age on the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age not known (no date of birth recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary support reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concerns raised and the enquiries begun in the period, each once, by the primary support reason on its case: someone with three enquiries counts three times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concerns raised in the period, and the section 42 and other enquiries begun in it. A concern that led to an enquiry counts as both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concerns raised and the enquiries begun in the period, each once, where the person on the case has one of the two conditions the return names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither recorded (not counted in SG1e)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::ServerLocation</name>
    <message>
        <source>the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
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
    <name>alongside::core::StrictJsonText</name>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes (%2 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something follows the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 problems; the rest of the file was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends where a value should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value (text, a number, true, false, null, a list or an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field appears more than once in the same object; each field may appear only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected : after the field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected , or } after a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 items; at most %1 are allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1 takes %2 of the file; a %1 may take at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected , or ] after an item in a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs a digit here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs a digit after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number needs a digit in its exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number written with more than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has half of a surrogate pair (\u%1) without the other half, at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text that starts at %1 never ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends in the middle of an escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\%1 is not an escape JSON knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid UTF-8 (byte 0x%1 at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a control character (%1) at character %2; only tab and new line are allowed in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field name longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters long; at most %2 are allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1; at most %2 can be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::TeamKeyRepository</name>
    <message>
        <source>That key is not trusted here, or was already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::core::TeamText</name>
    <message>
        <source>a colleague with no name set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of %1 are not trusted in this store. Trust them first (File, Team members and keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of %1 were revoked on %2, so nothing can be sent to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one colleague to send the bundle to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no keys to sign a bundle with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made a bundle of %n case(s) for %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The keys of %1 (fingerprint %2) are not trusted in this store. Check the fingerprint with them and trust the keys first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone who gave no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made in this store, so there is nothing in it to bring in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is signed by keys you have not trusted: %1, fingerprint %2. If you expect cases from them, check that fingerprint with them by phone and trust their public-key file first (File, Team members and keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is signed by the keys of %1, which were revoked here on %2 by %3, so it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was already imported, on %1 by %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases in this bundle are in a newer case format. Update Alongside to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The cases in this bundle cannot be imported (%n problem(s)). Nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This store has no keys to open a bundle with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a &quot;%1&quot; bundle, which this version of Alongside cannot open yet. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from a bundle made on %2 by %1: %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are this store&apos;s own keys. Trust a colleague&apos;s keys here, not your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys of %1 were revoked on %2 by %3, and a revoked key is never trusted again. Ask %1 for their new public-key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already trust these keys of %1 (since %2, checked by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these keys is already trusted here with a different partner key. Do not trust this file; ask your colleague for their file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already trust different keys for %1&apos;s store (fingerprint %2). If they have new keys, revoke the old ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint must be the 32 digits %1 reads out from their own Alongside. Nothing was trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint %1 read out does not match this file. Check each group again; if it still differs, the file may have been swapped or changed on the way: do not trust it. Nothing was trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You now trust %1&apos;s keys (fingerprint %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fingerprint is 32 digits, shown in groups of four (for example 4031 8857 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is this store&apos;s own fingerprint. Revoking is for colleagues&apos; keys; if this laptop was lost, your colleagues revoke your keys in their own stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colleague&apos;s keys with the fingerprint %1 are trusted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of %1 were already revoked on %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of %1 are revoked: bundles they make are refused here from now on, and nothing can be sent to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of %1 are not trusted in this store, or were revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures for %1: 1 concluded s.42 enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures for %1: %2 concluded s.42 enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made an aggregate bundle (%1) for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures in this bundle are in a newer format. Update Alongside to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The figures in this bundle cannot be read (%n problem(s)). Nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1 from %2 (%3), made on %4. The figures for that year now count them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team given</source>
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
    <name>alongside::ui::ActionEnding</name>
    <message>
        <source>Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: leave “%1” open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go? (if there is something to say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it no longer needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is no longer needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: they met on Tuesday; she was pleased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: she moved to her daughter&apos;s, so the visits stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::AdvocacyFactsForm</name>
    <message>
        <source>Add someone considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NHS placement in a hospital or care home is likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the placement is likely to last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is an advocate in their best interests?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council and the person supporting them disagree on a material issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do both agree an advocate would be in their best interests?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would they have substantial difficulty, without support, in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>understanding the information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retaining it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using or weighing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communicating their views, wishes or feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial difficulty %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw or heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there someone appropriate to support them? Everyone considered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the placement would be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate in their best interests?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the disagreement is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both agree an advocate is in their best interests?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even with someone appropriate (SI 2014/2889 reg 4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the adult the review is about alive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::AdvocacySection</name>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care Act advocacy (ss.67-68)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent mental capacity advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One advocate for both roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care Act advocate — for the current process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMCA — Mental Capacity Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals to an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate&apos;s name, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they do not want anything done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved %1: %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate not named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the referral: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say on which day the referral was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::AgreedActionsList</name>
    <message>
        <source>Nothing agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (done %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::AuthorityCoverField</name>
    <message>
        <source>Their authority covers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::BarChart</name>
    <message>
        <source>1 enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the cases behind this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cases behind this number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::BestInterestsForm</name>
    <message>
        <source>People consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add who was consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not consulted, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add who was not consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least restrictive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What s.4 asks of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save best-interests decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they lack capacity for this decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacks capacity for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the relevant circumstances — s.4(2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Might they regain capacity, and when? — s.4(3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How were they helped to take part? — s.4(4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-sustaining treatment: not motivated by a wish to bring about death — s.4(5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their wishes, feelings, beliefs and values — s.4(6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — how, or why it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was addressed, or why it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their wishes and feelings in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As they put it — past and present, and anything they wrote down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of who was consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was consulted — s.4(7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role not consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not — for example: there is no attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not consulted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option, and how it would be for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options — s.1(6): the less restrictive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not the least restrictive, why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the chosen option is not the least restrictive: why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the decision lean on any of these?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision leans on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · least restrictive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::CapacityAssessmentForm</name>
    <message>
        <source>What did you do to help them decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCA 2005 s.1(3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step per line — for example: visited in the morning, when she is most alert; used photos of both homes; her niece was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What information did they need, including what could happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCA 2005 s.3(4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options, and the foreseeable consequences of each and of not deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could they understand the information, even with help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.3(1)(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said and did; their words where you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could they retain it long enough to decide, even with help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.3(1)(b), s.3(3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefly is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could they use or weigh it as part of deciding, even with help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.3(1)(c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they weighed the options, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could they communicate their decision, by any means, even with help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.3(1)(d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech, writing, signs, gestures, a communication aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there an impairment of, or disturbance in, the mind or brain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.2(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is and how you know — permanent or temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does it cause the inability you found?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.2(1); JB [2021] UKSC 52</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they cannot decide because of it, not for some other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Act asks of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the one decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One decision, at this time — for example: whether to move to Elm House</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Helping them decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Could they make this decision? (the functional test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Only then: is it because of an impairment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this after the functional test, and only if they could not do one of the four things: the inability must be because of the impairment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conclusion leans on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it lean on any of these?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put aside: keep it as a draft for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the &amp;one decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclus&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::CapacitySection</name>
    <message>
        <source>Capacity and best interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note a doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a capacity &amp;assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a best-interests decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity is assumed unless something gives reason to doubt it. An assessment is about one decision, at the time it needs making.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the person lack capacity to take part in the enquiry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were they supported by an advocate, family or friend?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did they lack capacity to take part in the enquiry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If so, supported by an advocate, family or friend?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubt about which decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which decision — for example: managing her money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What gave reason to doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubt about: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed — see below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess this decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the capacity assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best-interests decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a best-interests decision for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best interests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the best-interests decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doubts about capacity recorded.</source>
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
    <message>
        <source>Write a &amp;letter to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an easy-read letter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an easy-read letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(draft waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a draft is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something typed here was put aside as a draft. It is waiting for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something typed in %1 and put aside as a draft (kept %2), not yet saved to the record.</source>
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
    <message>
        <source>%1 · supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed in supervision: %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft waiting · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is waiting in this case: open it to carry on, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent from a store whose keys are not trusted here: see File, Team members and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by %1 from their own store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
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
    <message>
        <source>Show every case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where these cases were chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w every case</source>
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
        <source>Your passphrase has been changed. Use the new one next time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the passphrase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: checking your current passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: making the key for your new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: writing your records again under the new key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ClosingExperienceForm</name>
    <message>
        <source>How it was for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them, or someone who knows them well if they cannot say. Their answers help the team see whether safeguarding was done with them, not to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answered these questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was for them: nobody was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was for them (%1): listened to, %2; involved, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you feel they were listened to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you feel listened to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you feel they were involved as much as they wanted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were you involved as much as you wanted?</source>
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
        <source>In their view, was this achieved: %1</source>
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
    <message>
        <source>Close the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next, as their letter will say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case: asks first, with what is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, as their letter will say it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they wanted, and how it went in their view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put into words by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked before the case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1’s case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some things are still open. Close %1’s case anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed case stays in the record as it is, and cannot be reopened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
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
    <message>
        <source>Type of risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of risk (all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of risk (all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Service Provider” means paid or commissioned care providers; council, NHS and GP assessment staff count as “Other”.</source>
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
    <message>
        <source>Choose the decision first: a section 42 enquiry, another enquiry, or no enquiry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ConfirmationDialog</name>
    <message>
        <source>•  %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ContactDetailsDialog</name>
    <message>
        <source>Choose a &amp;picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the person knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jo Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult Safeguarding Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>01234 567890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture of yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file could not be used as a picture. Try a PNG or JPEG photo smaller than 4 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture chosen: a drawing of a care worker is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you: who is writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jo.example@council.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name goes with every change you make to a case, and with your notes and sign-offs, so the record shows who wrote what. Your name, role, team and phone also go at the end of every easy-read letter, under “Who to contact”. A picture is optional: a photo or drawing of you helps people who find words hard to know who you are. Without one, a drawing of a care worker is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is needed: it goes with everything you write.</source>
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
    <message>
        <source>Worth a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum, %1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::ConversationForm</name>
    <message>
        <source>Time on their own is &amp;planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save conversation</source>
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
        <source>Day of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which day the conversation was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, someone else was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ut aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;en</source>
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
        <source>Nobody has spoken with them yet. As early as possible, and on their own if you can: what would they like to happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a co&amp;nversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::CorrectionEditor</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the change to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an addendum to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction or addendum to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
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
    <name>alongside::ui::DashboardCounting</name>
    <message>
        <source>The store was locked before the figures were counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::DateField</name>
    <message>
        <source>For example 12 Mar 1941 or 12/03/1941</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is before %1, the earliest this can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is after %1, the latest this can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <name>alongside::ui::DraftNotice</name>
    <message>
        <source>Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried on from your draft, kept %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept: the store would not take it. Save what you have written, or copy it somewhere safe.</source>
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
    <name>alongside::ui::EvidencePrompt</name>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, they could (with help if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, not even with help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::FiguresSection</name>
    <message>
        <source>1 enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counted; the rows add up to %2 because an enquiry can count in more than one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sector outcome measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether people were asked what they wanted from safeguarding, whether they could say, and whether it happened: over %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 concluded section 42 enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 concluded section 42 enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counted; nothing was recorded for any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SG1f · Safeguarding activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 involved, each counted once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::FingerprintLabel</name>
    <message>
        <source>Fingerprint</source>
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
    <name>alongside::ui::ImcaFactsForm</name>
    <message>
        <source>Family or friends appropriate to consult, not paid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family or friends to consult (not paid)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is in prospect? Open each that applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacks capacity to consent to it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated by Mental Health Act Part 4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacks capacity to consent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under MHA Part 4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS-arranged hospital or care home (s.38)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacks capacity to agree to the NHS accommodation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the NHS accommodation is likely to last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the NHS move urgent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodated under a Mental Health Act obligation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacks capacity to agree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental Health Act obligation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council-arranged residential accommodation (s.39)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacks capacity to agree to the council accommodation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care Act Part 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental Health Act s.117</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some other way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the council accommodation is likely to last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the council move urgent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council accommodation under a Mental Health Act obligation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under, how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review of their accommodation (SI 2006/2883 reg 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacks capacity to agree to the arrangements?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodated since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: under a Mental Health Act obligation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective measures after an allegation of abuse or neglect (SI 2006/2883 reg 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacks capacity to agree to the protective measures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are being abused or neglected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are abusing another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation of Liberty Safeguards (ss.39A, 39C, 39D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoLS stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard authorisation in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their representative (RPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The representative&apos;s appointment has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person asks for an IMCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The representative asks for an IMCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an IMCA, would their rights go unused?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights would go unused?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nominee, attorney or deputy is recorded on the person&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what it covers is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee, attorney, deputy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious medical treatment (s.37)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is an NHS body proposing the treatment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by an NHS body?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it the hospital or care home of a DoLS authorisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of a DoLS authorisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the council placement the care home of a DoLS authorisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Particular benefit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is a family member implicated in the allegation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protective measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member implicated?</source>
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
    <name>alongside::ui::IndividualEditor</name>
    <message>
        <source>Able and willing to represent and support them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cares for them professionally or for pay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicated in the concern?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the person have capacity to agree to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the person agree to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not, in the person&apos;s best interests?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship — for example: daughter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this person from the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Able and willing to support them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid or professional carer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person has capacity to agree to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person agrees to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without capacity: in their best interests?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::LegalLabels</name>
    <message>
        <source>Not concluded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has capacity for this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacks capacity for this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition or diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision others think unwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs assessment (s.9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer&apos;s assessment (s.10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care and support planning (s.25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of a plan (s.27)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding enquiry (s.42)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding adults review (s.44)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care Act advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both roles (Care Act advocate and IMCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not addressed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply (say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone they named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer, or interested in their welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney (LPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record shows what the Act asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some things are still to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a second look before relying on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care Act advocate: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care Act advocate: not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care Act advocate: cannot tell yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMCA: must be instructed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMCA: may be instructed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMCA: does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMCA: cannot tell yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One advocate can act in both roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different advocates are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one kind of advocacy is indicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their wish is not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They want something done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do not want action, and something may override that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do not want action; whether anything overrides it is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do not want action, and their wish guides what happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated by them to be consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney (lasting power of attorney)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney (enduring power of attorney)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy (Court of Protection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprivation of liberty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property and financial affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other matters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::LegalRepresentativesEditor</name>
    <message>
        <source>Kind of legal authority</source>
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
    <message>
        <source>Attorneys, deputies and nominees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney&apos;s, deputy&apos;s or nominee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions or limits on their authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the power, order or nomination says, e.g. not life-sustaining treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;vers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;ditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — what it covers is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::LetterBlockEditor</name>
    <message>
        <source>I have read this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested wording: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::LetterEditor</name>
    <message>
        <source>&amp;Large print (20 point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pale &amp;yellow paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print, 20 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pale yellow paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter, as it will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It will be here when you open the letter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be saved there. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried on from the letter saved %1. Read each part, change what needs changing, then approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built from the case. Read each part, change what needs changing, then approve it. Nothing is printed or saved until you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter is approved. You can print it or save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed the letter after approving it. Read the changed part again, then approve the letter again before printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sentences read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 at %2. You can print it or save it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the letter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every sentence and approve the letter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the short letter for posting; give the full letter in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contact details have changed since, so “Who we are” and “Who to contact” were written again: read them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::LetterFindingsPanel</name>
    <message>
        <source>Easier words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to suggest at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions for easier words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas from the easy-read rules, as you type. They are suggestions: you decide. Only a sentence written for colleagues must be rewritten before you approve the letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::LetterHistoryList</name>
    <message>
        <source>What happened to this letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted from the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval taken away: the letter changed after it was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::LetterOutput</name>
    <message>
        <source>Print the letter to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::LetterReviewBar</name>
    <message>
        <source>I have read &amp;every sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save for screen &amp;readers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read every sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as a web page for screen readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::LetterSideColumn</name>
    <message>
        <source>What happened to this letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::LetterWordingField</name>
    <message>
        <source>Draft it for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the letter says it to them, using “you”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first draft from what you wrote, for you to read and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft it for me: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try: %2</source>
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
    <message>
        <source>The passphrase was not changed: Alongside locked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase change is still finishing. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the store to see or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked while the store was opening. Type the passphrase to carry on.</source>
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
    <message>
        <source>&amp;Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases grouped by what might be worth talking about in supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome measure and the SAC tables for a period, with the cases behind each number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;you (who is writing)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, role, team and work contact details: in the record&apos;s history, sign-offs and letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;members and keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fingerprint and public-key file; colleagues whose keys you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send cases to my &amp;team leader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chosen cases in a bundle only your team leader can open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a bundle from a colleague and add its cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::MiniList</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove the chosen one</source>
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
        <source>this note</source>
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
    <name>alongside::ui::OpenBundleDialog</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add these cases to this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made by %1 on %2. Their keys were checked by %3 on %4. It holds %n case(s), listed below. Adding them copies the whole records into this store.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases in this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the cases cannot be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add these %n case(s) to this store</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by %1 on %2. Their keys were checked by %3 on %4. It holds a team&apos;s %5, as counts only: no names, case details or dates. Adding them counts them in this store&apos;s figures for that reporting year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add these figures to this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add these figures to this store</source>
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
    <name>alongside::ui::OutcomeFiguresPage</name>
    <message>
        <source>← &amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Board report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One CSV file per table, with the published labels, in a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Board report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable report for the Safeguarding Adults Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people said they wanted, as they said it, with initials only. Open a row to see the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcomes in people&apos;s own words were recorded on the enquiries of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “From” date is after the “To” date. Choose dates the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the figures for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for %1: 1 concluded section 42 enquiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for %1: %2 concluded section 42 enquiries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be counted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the 1 case behind %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the %1 cases behind %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV files could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 CSV files in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Board report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Board report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the Board report as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Board report could not be written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV file&amp;s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for %1, shown as they may be published: a count from 1 to 4 as [c], the rest rounded to the nearest 5. They count this store&apos;s own cases and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, bundle %3 of %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 concluded section 42 enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 concluded section 42 enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures from 1 team bundle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures from %1 team bundles: %2.</source>
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
    <message>
        <source>Not answered yet</source>
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
    <name>alongside::ui::ParticularBenefitField</name>
    <message>
        <source>Satisfied an IMCA would be of particular benefit (%1)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why an IMCA would, or would not, be of particular benefit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::PassphraseFeedback</name>
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
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase would be hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: nothing typed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: very weak, guessed at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: weak, not hard enough to guess yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: good, hard to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: very strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::PeoplesWordsModel</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they wanted, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry concluded</source>
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
    <message>
        <source>Not &amp;known</source>
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
        <source>About them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People important to them</source>
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
    <message>
        <source>Anyone who holds a registered lasting (or enduring) power of attorney for them, has been appointed their deputy by the Court of Protection, or whom they named to be consulted about their interests. Tick what each one&apos;s authority covers: it takes away the duty to instruct an IMCA only for those matters (Mental Capacity Act 2005 s.40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorneys, deputies, nominees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of their details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::PersonSacFields</name>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the national return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender, as the national return counts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity, as the national return counts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary support reason, as the national return counts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Safeguarding Adults Collection counts people by these groups, in its own words. Ask how they describe themselves; “Refused” and “Not Known” are answers too. Leave “Not recorded yet” until you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gende&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary s&amp;upport reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autism, as the national return counts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autism rec&amp;orded</source>
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
    <message>
        <source>Attorney, deputy, nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the national return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — what it covers is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — covers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender: %1
Ethnicity: %2
Primary support reason: %3
Autism: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::PictureChooser</name>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: %1. Choose another picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — click to choose another picture</source>
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
        <source>What the letter to them will say about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their letter: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say by when it will be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
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
    <name>alongside::ui::ReflectiveNoteForm</name>
    <message>
        <source>Talk it through; write down only what helps. Leave a question empty if it did not come up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agree this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: ask her who she would like at the meeting</source>
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
        <source>Agree this action</source>
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
</context>
<context>
    <name>alongside::ui::ReportPeriodChooser</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last financial year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This financial year so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year before (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::RevokeKeyDialog</name>
    <message>
        <source>this colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on, bundles made with these keys will be refused in this store, and nothing can be sent to them. This cannot be undone: if %1 has new keys (a new laptop), trust their new public-key file afterwards.

Fingerprint: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the keys are revoked (kept with the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: laptop lost, or left the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why (kept with the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke %1&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: keep trusting these keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1&apos;s keys?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::RiskEnablementForm</name>
    <message>
        <source>The activity or situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: walking to the shop on her own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means to them, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they want from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their desired outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths and resilience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps them manage it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and resources that protect them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, places, equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own view of the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they find acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they accept, and what feels proportionate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity for this risk decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least restrictive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is agreed, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the step</source>
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
        <source>If it goes wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens if it goes wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger to go to a manager, risk panel or meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose — advocate, family, agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where views differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where views differ, say so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager, if signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it will be monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: DASH, Hoarding Rating Scale score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others are at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coercion or control suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serious crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person in a position of trust is implicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save risk enablement note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity assessment for this risk decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: other adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. What it is, and what it means to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity or situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who and what protects them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The risk, as they and you see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their view of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Capacity for this risk decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity for this decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment, where in doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Options, and what is agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Other views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Decision and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools used alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves the outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcomes recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · least restrictive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their wish may not settle this on its own. Record which applies and why, and whether they were told, under Advocacy → If they do not want anything done; talk it through with your manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::RiskEnablementSection</name>
    <message>
        <source>Risk enablement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a risk enablement note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When they choose to live with a risk that matters to them: what it means to them, what could happen, what is agreed, and when to look again. Not a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means to them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review was due %1 — time to look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the risk enablement note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk enablement notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::RuleResultView</name>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to find out or record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your judgement — consider and record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a second look</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::SafeToSendPanel</name>
    <message>
        <source>Is it safe to send?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does anyone named in the letter, or the person who may have caused harm, live there or may read it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to add: which address, who lives there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which address, who lives there (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will the letter reach %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post it to their home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post it to their home: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post it to another, safe address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it to them in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer this before you approve the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a short letter will be posted. It leaves out what happened and asks %1 to call you. Give %1 the full letter in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out before it is posted. If you cannot, give it to %1 in person.</source>
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
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::SendCasesDialog</name>
    <message>
        <source>Alongside bundles (*.alongside-bundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only the cases I tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send cases to my team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the bundle is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Every case in this store (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cases to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds the whole records of the cases you choose, as they are now. It is encrypted so that only the people you choose can open it, in their own Alongside, and signed so they know it came from you. Send it by secure email or on an encrypted USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not trusted anyone&apos;s keys yet. Ask your team leader for their public-key file and trust it in Team members and keys first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Team members and keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send cases in a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases for %1 %2.alongside-bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with %n case(s) for %2. Only they can open it, in their own Alongside.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::SentenceEdit</name>
    <message>
        <source>In their own words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Try: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written for colleagues, not for the person who will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite it for them, saying “you”, for example “The fire service will visit you to check your smoke alarms.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, or your own words for them, saying “you”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy read: text written for colleagues is rewritten for the letter, saying “you”, before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::SessionForm</name>
    <message>
        <source>Who is supervising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time to think together about the people you are working with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervised by</source>
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
        <source>&amp;About you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who is writing: your name, role, team and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the store with every change you make to a case, so the record shows who wrote what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside locks itself when nobody has used it for this long, and whenever the computer sleeps or the screen locks. Whatever you have typed is kept first, encrypted, and is there when you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::SignOffForm</name>
    <message>
        <source>Which decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Team manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was weighed, and why this is the right decision for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-off is kept as it is given. If it needs to change, sign off again: the new sign-off takes its place and both stay in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no risk-enablement note or decision against their wishes in this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 (%2) on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet signed off.</source>
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
    <name>alongside::ui::SupervisionAgendaModel</name>
    <message>
        <source>%1 — none just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — 1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — press Enter to open the case here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::SupervisionSection</name>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager sign-off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reflective note about this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a manager&apos;s sign-off of a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not talked about in supervision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision on %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed in supervision: %1 — %2, by %3</source>
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
    <message>
        <source>%1 — signed off by %2 (%3) on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::SupervisionView</name>
    <message>
        <source>← &amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a supervision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the case here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases, by what might be worth talking about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reflective note about the chosen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a manager&apos;s sign-off for the chosen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases, grouped by what might be worth talking about together. A starting point for a conversation; nothing here is a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to think with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: start one when you sit down together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager sign-off…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::TeamKeysDialog</name>
    <message>
        <source>Alongside public keys (*.alongside-keys);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save my public-key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust a colleague&apos;s keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke the chosen keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this fingerprint to a colleague who is trusting your keys. Give them your public-key file by email or on a USB stick: nothing in it is secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my public-key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues whose keys this store trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a colleague&apos;s keys from their public-key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the chosen colleague&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close team members and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues whose keys you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Send it to your colleague, then read them your fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague&apos;s public-key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a public-key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You now trust %1&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is not set in this store, so your public-key file will not say whose keys these are. Add it first in File, About you (who is writing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::TeamMembersModel</name>
    <message>
        <source>(no name given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::TeamMenu</name>
    <message>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside bundles (*.alongside-bundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::TrustKeyDialog</name>
    <message>
        <source>your colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust these keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust %1&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file says it holds the keys of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you trust it, check it with %1 in person or by phone:
1. Phone %1 on a number you already know, not one that came with this file or its email.
2. Ask them to open File, Team members and keys in their own Alongside and read you their fingerprint.
3. Type the 32 digits here as you hear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint %1 reads to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0000 0000 0000 0000 0000 0000 0000 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint as you hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: do not trust these keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fingerprint with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 32 digits</source>
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
    <name>alongside::ui::WhoIsWritingBanner</name>
    <message>
        <source>&lt;b&gt;Who is writing?&lt;/b&gt; Alongside does not know your name yet, so the record and letters can only say “Practitioner”. Add your name, role and team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Alongside who you are: your name, role, team and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell it who &amp;you are…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ui::WishesForm</name>
    <message>
        <source>Capacity for this decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on their own about it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told what will happen and what will be shared?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is being proposed for closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When their wishes may not settle it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they want to happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They want something done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do not want anything done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their wish in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they were not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not told: why telling them would increase the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others, including children, are or may be at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serious crime has been or may be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person in a position of trust is implicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coercion, undue influence or duress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wider public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were they told?</source>
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
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet: the record says “Practitioner”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the outcome figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
