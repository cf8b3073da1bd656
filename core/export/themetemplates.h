#pragma once

#include "core/export/exporttheme.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <kainjow/mustache.hpp>
#include <memory>
#include <optional>

// A theme's Mustache templates, parsed once (kainjow's Mustache, a header-only Debian package:
// libkainjow-mustache-dev). Every template is checked before a page is made: one that does not
// parse, or that includes a partial the theme does not have, is an error naming its file, so a
// broken theme stops the export before it writes anything.
class ThemeTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ThemeTemplates)

public:
    static std::optional<ThemeTemplates>
    compile(const ExportTheme &theme, const QStringList &requiredTemplates, QString *error);

    bool has(const QString &name) const { return m_templates.contains(name); }
    // The template `name` rendered with `data`, the theme's partials at hand ({{> _photo}}).
    // {{ }} escapes & < > " ' for HTML; {{{ }}} does not. nullopt with *error when it fails.
    std::optional<QString> render(const QString &name, const kainjow::mustache::data &data,
                                  QString *error) const;

private:
    QString m_themeName;
    QHash<QString, QString> m_sources;
    // kainjow renders through a non-const member; the parsed templates are shared, not copied.
    QHash<QString, std::shared_ptr<kainjow::mustache::mustache>> m_templates;
    std::shared_ptr<kainjow::mustache::data> m_partials;
};
