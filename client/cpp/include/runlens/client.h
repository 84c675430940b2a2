#pragma once
// The Runlens C++ client: everything a training program needs to log runs. No Qt.
//
//   auto store = runlens::Store::openDefault();
//   auto run = store.startRun({.experiment = "digits", .name = "cpp-lr0.01"});
//   run.logParam("lr", 0.01);
//   run.logMetric("train/loss", 0.42, /*step*/ 3);
//   run.finish();  // also done by the destructor

#include "runlens/diagram/PipelineDescription.h"
#include "runlens/store/Run.h"
#include "runlens/store/RunOptions.h"
#include "runlens/store/Store.h"
#include "runlens/model/StoreError.h"
