// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up to first paint of the main window on a workspace of 10,000 partners (each with a finalised,
// scored assessment), next to a bare Qt main window measured in the same run; then the partner list's
// search as you type, per keystroke. Targets: start-up within 3× the bare window, each keystroke < 50 ms.
#include "core/storage/AssessmentRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceScoring.h"
#include "core/storage/WriteTransaction.h"
#include "ui/assessment/AssessmentEditor.h"
#include "ui/common/Settings.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/workspace/WorkspaceController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pf;

namespace {

constexpr int PartnerCount = 10000;

bool build(const QString &path)
{
    core::WorkspaceOptions options;
    options.dailyBackups = false;
    auto created = core::Workspace::create(path, options);
    if (!created.ok()) {
        return false;
    }
    core::Workspace &ws = *created.workspace;
    core::WriteTransaction transaction(ws);
    const qint64 frameworkId = *core::WorkspaceScoring::ensureDefaultFramework(ws).value;
    QList<core::Partner> partners;
    for (int i = 0; i < PartnerCount; ++i) {
        core::Partner p;
        p.name = QStringLiteral("Partner %1").arg(i, 5, 10, QLatin1Char('0'));
        p.stage = core::Partner::stages().at(i % 5);
        p.type = QStringLiteral("reseller");
        partners << p;
    }
    const auto ids = core::PartnerRepository(ws).addMany(partners, QStringLiteral("bench"));
    if (!ids.ok()) {
        return false;
    }
    core::AssessmentRepository assessments(ws);
    for (int i = 0; i < PartnerCount; ++i) {
        core::AssessmentRecord r;
        r.partnerId = ids.value->at(i);
        r.frameworkId = frameworkId;
        r.status = core::AssessmentStatus::Finalised;
        r.asOf = QDate(2026, 1, 1).addDays(i % 300);
        r.createdAt = QStringLiteral("2026-01-01T00:00:00.000Z");
        r.createdBy = QStringLiteral("bench");
        r.finalisedAt = r.createdAt;
        const core::StoredScore score{40.0 + (i % 50), QStringLiteral("Promising"), QStringLiteral("High"), 0.9,
                                      r.createdAt};
        if (!assessments.insertVersion(r, score).ok()) {
            return false;
        }
    }
    return transaction.commit().ok();
}

/// Counts the paint events of every widget.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
        }
        return false;
    }
};

/// Shows @p window, returns when it has painted once and handled what the paint queued (with @p painted called
/// right after the first paint).
void showAndPaint(QWidget &window, void (*painted)() = nullptr)
{
    PaintCounter counter;
    QCoreApplication::instance()->installEventFilter(&counter);
    window.show();
    window.repaint(); // asks for the first paint now; a window not exposed yet paints when it is
    while (counter.paints == 0) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    QCoreApplication::instance()->removeEventFilter(&counter);
    if (painted) {
        painted();
    }
    QCoreApplication::processEvents();
}

/// Tells the parent process that the first paint is done.
void reportPainted()
{
    std::fputs("painted\n", stdout);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

/// Child process: start a window, paint it once, exit. "--bare" is a plain Qt window; "--full PATH" is PartnerFit.
int runChild(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::Settings::setInstance(&settings);
    const QStringList args = QCoreApplication::arguments();
    if (args.at(1) == QLatin1String("--bare")) {
        QMainWindow window;
        window.setCentralWidget(new QLabel(QStringLiteral("PartnerFit")));
        window.resize(1280, 820);
        showAndPaint(window, reportPainted);
    } else {
        ui::MainWindow window(args.at(2));
        showAndPaint(window, reportPainted);
    }
    ui::Settings::setInstance(nullptr);
    return 0;
}

struct ChildTimes
{
    double painted = 0; ///< process start to the first paint (the child's "painted" line)
    double exited = 0;  ///< process start to exit, after the events the first paint queued (the rest of the list)
};

/// Wall times of one child run.
ChildTimes timeChild(const QStringList &arguments)
{
    QElapsedTimer timer;
    QProcess child;
    ChildTimes times;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    while (!child.canReadLine() && child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(60000);
    }
    times.painted = timer.nsecsElapsed() / 1e6;
    child.waitForFinished(60000);
    times.exited = timer.nsecsElapsed() / 1e6;
    return times;
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    if (argc > 1 && (qstrcmp(argv[1], "--bare") == 0 || qstrcmp(argv[1], "--full") == 0)) {
        return runChild(argc, argv);
    }
    QApplication app(argc, argv);
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::Settings::setInstance(&settings);
    const QString path = dir.filePath(QStringLiteral("bench.partnerfit"));
    QElapsedTimer timer;
    timer.start();
    if (!build(path)) {
        std::fprintf(stderr, "could not build the workspace\n");
        return 1;
    }
    std::printf("built %d partners with scored assessments in %.2f s\n", PartnerCount, timer.elapsed() / 1000.0);

    // Whole start-up, process launch to first paint, alternating the two so load affects both alike.
    QList<double> bare;
    QList<double> full;
    QList<double> bareExit;
    QList<double> fullExit;
    for (int round = 0; round < 7; ++round) {
        const ChildTimes b = timeChild({QStringLiteral("--bare")});
        const ChildTimes f = timeChild({QStringLiteral("--full"), path});
        bare << b.painted;
        bareExit << b.exited;
        full << f.painted;
        fullExit << f.exited;
    }
    std::printf("start-up to first paint (median of 7 launches): bare Qt window %.0f ms, PartnerFit with %d partners "
                "%.0f ms (%.2f× the bare window; target ≤ 3×)\n",
                median(bare), PartnerCount, median(full), median(full) / median(bare));
    std::printf("start-up to exit after the first paint's queued work (the whole list loaded): bare %.0f ms, "
                "PartnerFit %.0f ms (%.2f×)\n",
                median(bareExit), median(fullExit), median(fullExit) / median(bareExit));

    // The window alone, in this process: open the workspace, load the list, lay out and paint.
    QList<double> inProcess;
    for (int round = 0; round < 5; ++round) {
        timer.restart();
        ui::MainWindow window(path);
        showAndPaint(window);
        inProcess << timer.nsecsElapsed() / 1e6;
    }
    QList<double> storageOnly;
    for (int round = 0; round < 5; ++round) {
        ui::AssessmentEditor editor;
        ui::WorkspaceController controller(&editor);
        timer.restart();
        controller.open(path);
        storageOnly << timer.nsecsElapsed() / 1e6;
    }
    std::printf("of which opening the workspace, listing %d partners and painting: %.0f ms, the workspace and its "
                "partner list alone %.0f ms (medians of 5)\n",
                PartnerCount, median(inProcess), median(storageOnly));

    ui::MainWindow window(path);
    showAndPaint(window);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("partnerSearch"));
    const QString typed = QStringLiteral("partner 0042");
    QList<double> keystrokes;
    for (int round = 0; round < 3; ++round) {
        search->clear();
        QCoreApplication::processEvents();
        for (int i = 1; i <= typed.size(); ++i) {
            timer.restart();
            search->setText(typed.left(i));
            window.partnerTable()->viewport()->repaint();
            keystrokes << timer.nsecsElapsed() / 1e6;
        }
    }
    std::printf("search as you type over %d partners: median %.1f ms, worst %.1f ms per keystroke (target < 50 ms); "
                "%d rows left\n",
                PartnerCount, median(keystrokes), *std::max_element(keystrokes.begin(), keystrokes.end()),
                window.partnerTable()->model()->rowCount());
    ui::Settings::setInstance(nullptr);
    return 0;
}
