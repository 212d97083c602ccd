#pragma once

#include "Result.h"
#include "Vocabulary.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace tyndau {

// A name in the three interface languages.
struct LocalizedName
{
    QString kk;
    QString ru;
    QString en;
    // The name in the language of the UI locale ("kk", "ru", anything else: English).
    QString in(const QString& uiLanguage) const;
    bool operator==(const LocalizedName&) const = default;
};

struct District
{
    QString code;
    LocalizedName name;
    QPointF center; // x = longitude, y = latitude
    QList<QPointF> polygon; // x = longitude, y = latitude
    int population = 0;
};

struct Category
{
    QString code; // "heating.outage": a child's code starts with its parent's
    QString parentCode;
    LocalizedName name;
    QString season; // "winter", "summer" or empty
};

struct Organization
{
    QString code;
    QString kind; // akimat | department | utility | service
    LocalizedName name;
    QString phone;
    QStringList categories; // codes; a parent covers its children
    QStringList districts; // codes, or "*" for the whole city

    bool operator==(const Organization&) const = default;
};

struct Street
{
    LocalizedName name; // kk and ru as on the signs; en = ru
    QString districtCode;
    QPointF location; // x = longitude, y = latitude
};

// The city's reference data: districts, the category tree, organizations and streets.
// Shipped for Almaty in resources/reference; another city is another set of files.
class ReferenceData
{
public:
    static Result<ReferenceData> fromJson(const QByteArray& districts, const QByteArray& categories,
                                          const QByteArray& organizations, const QByteArray& streets);
    static Result<ReferenceData> fromLists(QList<District> districts, QList<Category> categories,
                                           QList<Organization> organizations, QList<Street> streets);
    static const ReferenceData& almaty(); // the shipped data, loaded once

    const QList<District>& districts() const { return m_districts; }
    const QList<Category>& categories() const { return m_categories; }
    const QList<Organization>& organizations() const { return m_organizations; }
    const QList<Street>& streets() const { return m_streets; }

    const District* district(const QString& code) const;
    const Category* category(const QString& code) const;
    const Organization* organization(const QString& code) const;
    QList<Category> children(const QString& parentCode) const; // "" gives the top level

    // The district whose outline holds the point (x = longitude, y = latitude); empty when
    // the point is outside the city.
    QString districtAt(const QPointF& point) const;

    // Whether `code` is `ancestor` or lies below it in the tree.
    static bool isWithin(const QString& code, const QString& ancestor);

    // The executor suggested for a category in a district: the organization whose
    // categories match most specifically; on a tie, one serving that district in particular
    // over a city-wide one. Empty when none serves it.
    QString suggestExecutor(const QString& categoryCode, const QString& districtCode) const;

private:
    QList<District> m_districts;
    QList<Category> m_categories;
    QList<Organization> m_organizations;
    QList<Street> m_streets;
    QHash<QString, qsizetype> m_districtIndex;
    QHash<QString, qsizetype> m_categoryIndex;
    QHash<QString, qsizetype> m_organizationIndex;
};

} // namespace tyndau
