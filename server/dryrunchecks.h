#pragma once

#include "error.h"
#include "requests.h"

#include <QStringList>

namespace imprint {

class SimulatorEngine;

// DryRun (CVM CreateImage, DeleteImages, SyncImages, RunInstances; Lighthouse CreateInstances):
// "would this succeed?" without changing anything. The engine has no dry-run mode, so these
// ask the same product policies and the same engine queries the engine's mutations ask, in the
// same order, and stop short of writing. Only a refusal found while writing (a storage failure)
// cannot show here.
class DryRunChecks
{
public:
    explicit DryRunChecks(const SimulatorEngine &engine);

    Status createImage(const CreateImageRequest &request) const;
    Status deleteImages(const QStringList &imageIds) const;
    Status copyImage(const CopyImageRequest &request) const;
    Status launch(const LaunchRequest &request) const;

private:
    Status newImageName(Product product, const QString &regionId, const QString &name,
                        const QString &description) const;

    const SimulatorEngine &m_engine;
};

} // namespace imprint
