#include "documents/Pictograms.h"
#include "documents/LetterText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHash>
#include <QImageReader>
#include <QMutex>
#include <QPainter>
#include <QSvgRenderer>

namespace alongside::core {

namespace {

QString ourSvgPath(const QString& id)
{
    return QStringLiteral(":/pictograms/%1.svg").arg(id);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Ids are file names: keep them to letters, digits and hyphens so a letter cannot reach
// outside the council's folder.
bool isSafeId(const QString& id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() || c == u'-'))
            return false;
    }
    return true;
}

QRectF fitted(const QSizeF& size, const QRectF& box)
{
    if (size.isEmpty())
        return box;
    const QSizeF scaled = size.scaled(box.size(), Qt::KeepAspectRatio);
    return {box.x() + (box.width() - scaled.width()) / 2, box.y() + (box.height() - scaled.height()) / 2,
            scaled.width(), scaled.height()};
}

} // namespace

Pictograms::Pictograms(QString councilFolder) : m_councilFolder(std::move(councilFolder))
{}

QStringList Pictograms::ids()
{
    QStringList found;
    const QDir folder(QStringLiteral(":/pictograms"));
    for (const QString& name : folder.entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name))
        found << QFileInfo(name).completeBaseName();
    return found;
}

QString Pictograms::altText(const QString& id)
{
    static const QHash<QString, const char*> words{
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("alongside::core::LetterText", "A person")},
        {QStringLiteral("home"), QT_TRANSLATE_NOOP("alongside::core::LetterText", "A home")},
        {QStringLiteral("talking"),
         QT_TRANSLATE_NOOP("alongside::core::LetterText", "A speech bubble: talking")},
        {QStringLiteral("listening"), QT_TRANSLATE_NOOP("alongside::core::LetterText", "An ear: listening")},
        {QStringLiteral("safe"), QT_TRANSLATE_NOOP("alongside::core::LetterText", "A shield: keeping safe")},
        {QStringLiteral("tick"), QT_TRANSLATE_NOOP("alongside::core::LetterText", "A tick: it happened")},
        {QStringLiteral("part-tick"),
         QT_TRANSLATE_NOOP("alongside::core::LetterText", "A half-full circle: it partly happened")},
        {QStringLiteral("cross"),
         QT_TRANSLATE_NOOP("alongside::core::LetterText", "A cross: it did not happen")},
        {QStringLiteral("calendar"), QT_TRANSLATE_NOOP("alongside::core::LetterText", "A calendar")},
        {QStringLiteral("telephone"), QT_TRANSLATE_NOOP("alongside::core::LetterText", "A telephone")},
        {QStringLiteral("letter"), QT_TRANSLATE_NOOP("alongside::core::LetterText", "A letter")},
        {QStringLiteral("meeting"),
         QT_TRANSLATE_NOOP("alongside::core::LetterText", "People meeting around a table")},
        {QStringLiteral("advocate"),
         QT_TRANSLATE_NOOP("alongside::core::LetterText",
                           "An advocate: someone who helps you have your say")},
        {QStringLiteral("money"), QT_TRANSLATE_NOOP("alongside::core::LetterText", "Money")},
        {QStringLiteral("medicine"), QT_TRANSLATE_NOOP("alongside::core::LetterText", "Medicine")},
        {QStringLiteral("doctor"), QT_TRANSLATE_NOOP("alongside::core::LetterText", "A doctor")},
        {QStringLiteral("police"), QT_TRANSLATE_NOOP("alongside::core::LetterText", "A police officer")},
        {QStringLiteral("care-worker"), QT_TRANSLATE_NOOP("alongside::core::LetterText", "A care worker")},
        {QStringLiteral("family"), QT_TRANSLATE_NOOP("alongside::core::LetterText", "A family")},
        {QStringLiteral("wish"),
         QT_TRANSLATE_NOOP("alongside::core::LetterText", "A person thinking: something you want")},
        {QStringLiteral("next"),
         QT_TRANSLATE_NOOP("alongside::core::LetterText", "An arrow: what happens next")},
        {QStringLiteral("feel-safe"),
         QT_TRANSLATE_NOOP("alongside::core::LetterText", "A happy face: feeling safe")},
        {QStringLiteral("feel-partly-safe"),
         QT_TRANSLATE_NOOP("alongside::core::LetterText", "A face that is not sure: feeling a bit safer")},
        {QStringLiteral("feel-unsafe"),
         QT_TRANSLATE_NOOP("alongside::core::LetterText", "A sad face: not feeling safe")},
        {QString::fromLatin1(pictogram::PractitionerPhoto),
         QT_TRANSLATE_NOOP("alongside::core::LetterText", "A picture of the worker")},
    };
    const auto found = words.find(id);
    return found == words.end() ? LetterText::tr("A picture") : LetterText::tr(*found);
}

QByteArray Pictograms::svg(const QString& id) const
{
    if (!isSafeId(id))
        return {};
    if (!m_councilFolder.isEmpty()) {
        const QString own = QDir(m_councilFolder).filePath(id + QStringLiteral(".svg"));
        if (QFileInfo::exists(own))
            return readFile(own);
        // A council PNG of this id wins over our SVG: svg() has none to give.
        if (QFileInfo::exists(QDir(m_councilFolder).filePath(id + QStringLiteral(".png"))))
            return {};
    }
    return readFile(ourSvgPath(id));
}

QImage Pictograms::image(const QString& id, const QSize& size) const
{
    QImage picture(size, QImage::Format_ARGB32_Premultiplied);
    picture.fill(Qt::transparent);
    QPainter painter(&picture);
    if (!paint(painter, id, QRectF(QPointF(0, 0), QSizeF(size))))
        return {};
    return picture;
}

bool Pictograms::paint(QPainter& painter, const QString& id, const QRectF& box) const
{
    const QByteArray vector = svg(id);
    if (!vector.isEmpty()) {
        QSvgRenderer renderer(vector);
        if (!renderer.isValid())
            return false;
        renderer.render(&painter, fitted(renderer.defaultSize(), box));
        return true;
    }
    if (m_councilFolder.isEmpty() || !isSafeId(id))
        return false;
    const QImage raster(QDir(m_councilFolder).filePath(id + QStringLiteral(".png")));
    if (raster.isNull())
        return false;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(fitted(raster.size(), box), raster);
    painter.restore();
    return true;
}

QString easyReadFontFamily()
{
    static QMutex mutex;
    static QString family;
    const QMutexLocker lock(&mutex);
    if (family.isEmpty()) {
        const int regular = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/Andika-Regular.ttf"));
        QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/Andika-Bold.ttf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(regular);
        family = families.isEmpty() ? QStringLiteral("sans-serif") : families.front();
    }
    return family;
}

} // namespace alongside::core
