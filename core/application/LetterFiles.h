#pragma once

#include "application/PersonalFile.h"
#include "documents/LetterRenderOptions.h"
#include "model/EasyReadLetter.h"

#include <QString>

namespace alongside::core {

// A letter leaves Alongside as a file only through here, and so through writePersonalFile:
// owner-only, whole or nothing, never silently over another file. The GUI and the CLI both
// call these.

// The letter as a PDF. Needs a QGuiApplication (fonts); safe on a worker thread once
// easyReadFontFamily() has been called on the GUI thread.
PersonalFileResult writeLetterPdfFile(const EasyReadLetter& letter, const QString& path,
                                      const LetterRenderOptions& options = {},
                                      ExistingFile existing = ExistingFile::Refuse);
// The accessible web page (documents/LetterHtmlRenderer.h), UTF-8.
PersonalFileResult writeLetterHtmlFile(const EasyReadLetter& letter, const QString& path,
                                       const LetterRenderOptions& options = {},
                                       ExistingFile existing = ExistingFile::Refuse);

// The name offered for a letter file: the case reference, never the person's name, which
// would show in folder listings, recent files and backups ("DEMO-004 letter 2026-03-03.pdf").
QString letterFileName(const EasyReadLetter& letter, const QString& suffix);

// Said once, when a letter has been saved: unlike the store, the file is not encrypted.
QString letterFileNotEncrypted();

} // namespace alongside::core
