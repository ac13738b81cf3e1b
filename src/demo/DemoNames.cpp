#include "demo/DemoNames.h"

namespace medsafe::demo {

const QStringList& DemoNames::firstNames()
{
    static const QStringList kNames{
        QStringLiteral("Anne"),   QStringLiteral("Mette"),  QStringLiteral("Hanne"),  QStringLiteral("Susanne"),
        QStringLiteral("Lene"),   QStringLiteral("Camilla"), QStringLiteral("Louise"), QStringLiteral("Maria"),
        QStringLiteral("Sofie"),  QStringLiteral("Ida"),    QStringLiteral("Julie"),  QStringLiteral("Signe"),
        QStringLiteral("Birgitte"), QStringLiteral("Tina"), QStringLiteral("Rikke"),  QStringLiteral("Pernille"),
        QStringLiteral("Jens"),   QStringLiteral("Peter"),  QStringLiteral("Lars"),   QStringLiteral("Søren"),
        QStringLiteral("Mikkel"), QStringLiteral("Rasmus"), QStringLiteral("Thomas"), QStringLiteral("Jesper"),
        QStringLiteral("Kasper"), QStringLiteral("Mads"),   QStringLiteral("Anders"), QStringLiteral("Martin"),
        QStringLiteral("Henrik"), QStringLiteral("Morten"), QStringLiteral("Nikolaj"), QStringLiteral("Jonas"),
        QStringLiteral("Karina"), QStringLiteral("Malene"), QStringLiteral("Dorthe"), QStringLiteral("Emil"),
    };
    return kNames;
}

const QStringList& DemoNames::surnames()
{
    static const QStringList kNames{
        QStringLiteral("Kjærgaard"), QStringLiteral("Bundgaard"), QStringLiteral("Lykkegaard"), QStringLiteral("Holmsted"),
        QStringLiteral("Østergaard"), QStringLiteral("Vestergaard"), QStringLiteral("Damsgaard"), QStringLiteral("Skovbjerg"),
        QStringLiteral("Bækgaard"), QStringLiteral("Lindholm"), QStringLiteral("Krogh"), QStringLiteral("Brøndum"),
        QStringLiteral("Engholm"), QStringLiteral("Hvidberg"), QStringLiteral("Kragelund"), QStringLiteral("Mølgaard"),
        QStringLiteral("Nørgaard"), QStringLiteral("Rosendahl"), QStringLiteral("Sandholt"), QStringLiteral("Toft"),
        QStringLiteral("Vinther"), QStringLiteral("Aagaard"), QStringLiteral("Birkholm"), QStringLiteral("Fjeldsted"),
        QStringLiteral("Grønbech"), QStringLiteral("Højlund"), QStringLiteral("Juulsgaard"), QStringLiteral("Lund"),
    };
    return kNames;
}

QString DemoNames::botilbudName(int index)
{
    static const QStringList kPlaces{
        QStringLiteral("Lærkehøj"), QStringLiteral("Egebakken"), QStringLiteral("Solsikken"), QStringLiteral("Birkelyst"),
        QStringLiteral("Kildevang"), QStringLiteral("Mosegården"), QStringLiteral("Engblommen"), QStringLiteral("Fyrrelunden"),
        QStringLiteral("Havbrisen"), QStringLiteral("Lyngbo"), QStringLiteral("Bøgehuset"), QStringLiteral("Åhaven"),
        QStringLiteral("Rønnebærhuset"), QStringLiteral("Skovly"), QStringLiteral("Stjernehuset"), QStringLiteral("Tjørnevang"),
        QStringLiteral("Valmuen"), QStringLiteral("Vibehuset"), QStringLiteral("Hyldebakken"), QStringLiteral("Kløverhuset"),
    };
    static const QStringList kKinds{QStringLiteral("Bostedet"), QStringLiteral("Botilbuddet"),
                                    QStringLiteral("Bofællesskabet"), QStringLiteral("Boligerne")};
    const QString place = kPlaces.at(index % kPlaces.size());
    const QString kind = kKinds.at((index / kPlaces.size()) % kKinds.size());
    const int round = static_cast<int>(index / (kPlaces.size() * kKinds.size()));
    const QString name = kind + u' ' + place;
    return round == 0 ? name : QStringLiteral("%1 %2").arg(name).arg(round + 1);
}

QString DemoNames::municipality(int index)
{
    // Fictional municipalities, so the demo cannot be mistaken for a real botilbud's data.
    static const QStringList kMunicipalities{
        QStringLiteral("Fjordby Kommune"), QStringLiteral("Skovlund Kommune"), QStringLiteral("Åmose Kommune"),
        QStringLiteral("Bakkedal Kommune"), QStringLiteral("Strandhøj Kommune"),
    };
    return kMunicipalities.at(index % kMunicipalities.size());
}

} // namespace medsafe::demo
