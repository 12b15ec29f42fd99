#include "apifields.h"

#include "jsonwriter.h"

#include <QJsonDocument>

namespace imprint {

ApiFields::ApiFields(QJsonObject object)
    : m_object(std::move(object))
{}

ApiFields ApiFields::fromJson(QByteArray object)
{
    ApiFields fields;
    fields.m_json = std::move(object);
    return fields;
}

void ApiFields::writeMembers(JsonWriter &writer) const
{
    if (m_json.isEmpty())
        writer.members(m_object);
    else
        writer.members(QByteArrayView(m_json));
}

QJsonObject ApiFields::toObject() const
{
    return m_json.isEmpty() ? m_object : QJsonDocument::fromJson(m_json).object();
}

} // namespace imprint
