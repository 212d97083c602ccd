#include "RequestLanguage.h"

#include "HttpTypes.h"

#include <QCoreApplication>
#include <QTranslator>

#include <utility>

namespace tyndau {

namespace {

thread_local QString t_language = QStringLiteral("en");

// Forwards to the Kazakh or the Russian translation by the language of the calling thread's
// request; English is the source language, so it finds nothing and the source text stays.
class ThreadLanguageTranslator : public QTranslator
{
public:
    bool load()
    {
        return m_kk.load(QStringLiteral(":/i18n/tyndau_kk")) && m_ru.load(QStringLiteral(":/i18n/tyndau_ru"));
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        if (t_language == QLatin1String("kk"))
            return m_kk.translate(context, sourceText, disambiguation, n);
        if (t_language == QLatin1String("ru"))
            return m_ru.translate(context, sourceText, disambiguation, n);
        return {};
    }

    bool isEmpty() const override { return false; }

private:
    QTranslator m_kk;
    QTranslator m_ru;
};

} // namespace

bool RequestLanguage::install()
{
    // Lives as long as the application: translators are not owned by it.
    static ThreadLanguageTranslator translator;
    const bool loaded = translator.load();
    QCoreApplication::installTranslator(&translator);
    return loaded;
}

// RFC 9110: "tag;q=weight", weights 0 to 1 (0: not acceptable), the parameter's name in any
// case and spaces allowed around it. A weight that is not a number in range makes the item count
// for nothing rather than for everything.
QString RequestLanguage::fromAcceptLanguage(const QByteArray& header)
{
    QString best = QStringLiteral("en");
    double bestWeight = 0;
    for (const QByteArray& item : header.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QString tag = QString::fromLatin1(parts.first().trimmed()).toLower();
        const QString primary = tag.section(QLatin1Char('-'), 0, 0);
        if (primary != QLatin1String("kk") && primary != QLatin1String("ru")
            && primary != QLatin1String("en"))
            continue;
        double weight = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray& parameter = parts.at(i);
            const qsizetype equals = parameter.indexOf('=');
            if (equals < 0 || parameter.left(equals).trimmed().toLower() != "q")
                continue;
            bool ok = false;
            weight = parameter.mid(equals + 1).trimmed().toDouble(&ok);
            if (!ok || weight < 0 || weight > 1)
                weight = 0;
        }
        if (weight > bestWeight) {
            best = primary;
            bestWeight = weight;
        }
    }
    return best;
}

QString RequestLanguage::of(const HttpRequest& request)
{
    return fromAcceptLanguage(request.header("accept-language"));
}

QString RequestLanguage::current()
{
    return t_language;
}

RequestLanguage::Scope::Scope(const QString& code)
    : m_previous(std::exchange(t_language, code))
    , m_locale(MessageLocale::of(code))
{
}

RequestLanguage::Scope::~Scope()
{
    t_language = m_previous;
}

} // namespace tyndau
