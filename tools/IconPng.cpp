// tyndau-icon-png SVG OUTDIR SIZE...: renders the application's SVG icon as PNGs for the
// hicolor theme (OUTDIR/NxN/apps/NAME.png), at build time, through Qt's SVG image plugin.
// Desktops and menus that do not draw SVG icons (and lintian's checks) want the PNG sizes.

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>

#include <cstdio>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: tyndau-icon-png SVG OUTDIR SIZE...\n");
        return 2;
    }
    const QString svg = args.at(1);
    const QString name = QFileInfo(svg).completeBaseName() + QStringLiteral(".png");
    for (const QString& sizeText : args.mid(3)) {
        const int size = sizeText.toInt();
        QImageReader reader(svg);
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull()) {
            std::fprintf(stderr, "cannot render %s at %d: %s\n", qPrintable(svg), size,
                         qPrintable(reader.errorString()));
            return 1;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + QLatin1Char('/') + name, "PNG")) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(dir + QLatin1Char('/') + name));
            return 1;
        }
    }
    return 0;
}
