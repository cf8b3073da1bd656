#include "core/export/themetemplates.h"

#include <QDir>
#include <QRegularExpression>

#include <string>

namespace mustache = kainjow::mustache;

std::optional<ThemeTemplates> ThemeTemplates::compile(const ExportTheme &theme,
                                                      const QStringList &requiredTemplates,
                                                      QString *error)
{
    for (const QString &name : requiredTemplates) {
        if (!theme.templates().contains(name)) {
            *error = tr("The theme “%1” has no template %2.")
                         .arg(theme.name(), QStringLiteral("templates/%1.mustache").arg(name));
            return std::nullopt;
        }
    }

    ThemeTemplates compiled;
    compiled.m_themeName = theme.name();
    compiled.m_partials = std::make_shared<mustache::data>(mustache::data::type::object);
    // Partials are found by name in the data ({{> _photo}} looks up "_photo"): the data never
    // has a key beginning with '_', so a partial's name cannot be shadowed.
    static const QRegularExpression partialTag(QStringLiteral("\\{\\{>\\s*([^\\s}]+)\\s*\\}\\}"));
    for (auto it = theme.templates().cbegin(); it != theme.templates().cend(); ++it) {
        const QString source = QDir::toNativeSeparators(theme.templateSource(it.key()));
        const std::string text = it.value().toStdString();
        auto parsed = std::make_shared<mustache::mustache>(text);
        if (!parsed->is_valid()) {
            *error =
                tr("The theme “%1” has an error in %2: %3")
                    .arg(theme.name(), source, QString::fromStdString(parsed->error_message()));
            return std::nullopt;
        }
        for (auto match = partialTag.globalMatch(it.value()); match.hasNext();) {
            const QString partial = match.next().captured(1);
            if (!theme.templates().contains(partial) || !partial.startsWith(QLatin1Char('_'))) {
                *error = tr("The theme “%1” has an error in %2: it includes “%3”, which is not "
                            "one of its partials (templates/_name.mustache).")
                             .arg(theme.name(), source, partial);
                return std::nullopt;
            }
        }
        compiled.m_templates.insert(it.key(), parsed);
        compiled.m_sources.insert(it.key(), source);
        if (it.key().startsWith(QLatin1Char('_')))
            compiled.m_partials->set(it.key().toStdString(),
                                     mustache::partial([text] { return text; }));
    }
    return compiled;
}

std::optional<QString> ThemeTemplates::render(const QString &name,
                                              const kainjow::mustache::data &data,
                                              QString *error) const
{
    const auto parsed = m_templates.value(name);
    if (!parsed) {
        *error = tr("The theme “%1” has no template %2.")
                     .arg(m_themeName, QStringLiteral("templates/%1.mustache").arg(name));
        return std::nullopt;
    }
    // The page's data first, the partials under it.
    mustache::context<std::string> context(m_partials.get());
    context.push(&data);
    const std::string text = parsed->render(context);
    if (!parsed->is_valid()) {
        *error = tr("The theme “%1” has an error in %2: %3")
                     .arg(m_themeName, m_sources.value(name),
                          QString::fromStdString(parsed->error_message()));
        return std::nullopt;
    }
    return QString::fromStdString(text);
}
