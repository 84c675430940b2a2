#include "runlens/diagram/TemplateCatalog.h"

#include "diagram/TemplateBuilder.h"
#include "runlens/diagram/DiagramError.h"

namespace runlens {

namespace {

using K = DiagramNodeKind;

Diagram level0()
{
    return TemplateBuilder("MLOps level 0: manual process")
        .node("offline-data", K::DataSource, "Offline data")
        .node("extract", K::DataSource, "Data extraction and analysis")
        .node("prepare", K::FeatureEngineering, "Data preparation")
        .node("train", K::Training, "Model training")
        .node("evaluate", K::Evaluation, "Model evaluation and validation")
        .node("registry", K::ModelRegistry, "Model registry")
        .node("serving", K::Deployment, "Model serving")
        .node("prediction", K::Deployment, "Prediction service")
        .group("experiment", "Manual experiment steps (notebooks, scripts)", {"extract", "prepare", "train", "evaluate"})
        .group("operations", "Operations", {"serving", "prediction"})
        .chain({"offline-data", "extract", "prepare", "train", "evaluate"})
        .edge("evaluate", "registry", "trained model")
        .edge("registry", "serving", "hand-over")
        .edge("serving", "prediction")
        .note("about", "Level 0: every step is manual and script-driven, releases are rare, "
                       "data science and operations are disconnected, and nothing is monitored.")
        .build();
}

// The continuous-training pipeline levels 1 and 2 share: a trigger and a feature store
// start the automated steps, whose validated model goes through a registry to serving
// and monitoring. Each level adds its own groups, edges and note.
TemplateBuilder continuousTraining(const std::string& name)
{
    TemplateBuilder b(name);
    b.node("trigger", K::Step, "Trigger: schedule, new data or a monitoring alert")
        .node("feature-store", K::DataSource, "Feature store")
        .node("extract", K::DataSource, "Data extraction", "extract")
        .node("validate-data", K::Validation, "Data validation", "validate")
        .node("prepare", K::FeatureEngineering, "Data preparation", "prepare")
        .node("train", K::Training, "Model training", "train", "val/loss")
        .node("evaluate", K::Evaluation, "Model evaluation", "evaluate")
        .node("validate-model", K::Validation, "Model validation", "validate-model")
        .node("registry", K::ModelRegistry, "Model registry")
        .node("serving", K::Deployment, "CD: model serving")
        .node("prediction", K::Deployment, "Prediction service")
        .node("monitoring", K::Monitoring, "Performance monitoring")
        .edge("trigger", "extract", "starts")
        .edge("feature-store", "extract")
        .chain({"extract", "validate-data", "prepare", "train", "evaluate", "validate-model"})
        .edge("validate-model", "registry", "trained model")
        .chain({"registry", "serving", "prediction", "monitoring"});
    return b;
}

const std::vector<std::string> kPipelineSteps = {"extract", "validate-data", "prepare", "train", "evaluate",
                                                 "validate-model"};

Diagram level1()
{
    return continuousTraining("MLOps level 1: ML pipeline automation")
        .group("pipeline", "Automated training pipeline (continuous training)", kPipelineSteps)
        .note("about", "Level 1: the same pipeline runs in development and production; "
                       "monitoring alerts fire the trigger, so models retrain on fresh data.")
        .build();
}

Diagram level2()
{
    return continuousTraining("MLOps level 2: CI/CD pipeline automation")
        .node("experiment", K::Training, "Orchestrated experiment")
        .node("source", K::Step, "Source repository")
        .node("ci", K::Validation, "CI: build, test and package pipeline components")
        .node("cd-pipeline", K::Deployment, "CD: pipeline deployment")
        .group("development", "Development and experimentation", {"experiment", "source"})
        .group("pipeline", "Automated pipeline (production)", kPipelineSteps)
        .chain({"experiment", "source", "ci", "cd-pipeline"})
        .edge("cd-pipeline", "extract", "deploys")
        .note("about", "Level 2: CI builds and tests the pipeline code, CD deploys the pipeline and "
                       "the models it produces; monitoring feeds the trigger.")
        .build();
}

Diagram kubeflow()
{
    return TemplateBuilder("Kubeflow training pipeline with experiment tracking")
        .node("storage", K::DataSource, "Object storage (S3 / GCS)")
        .node("ingest", K::DataSource, "Ingest data", "ingest")
        .node("validate", K::Validation, "Validate data", "validate")
        .node("features", K::FeatureEngineering, "Feature engineering", "features")
        .node("train", K::Training, "Train (PyTorchJob)", "train", "val/loss")
        .node("evaluate", K::Evaluation, "Evaluate", "evaluate", "accuracy")
        .node("register", K::ModelRegistry, "Register model", "register")
        .node("tracker", K::Step, "Experiment tracker (Runlens): params, metrics, artifacts")
        .node("server", K::Deployment, "Model server (KServe InferenceService)")
        .node("monitor", K::Monitoring, "Prediction monitoring")
        .group("kfp", "Kubeflow Pipelines run", {"ingest", "validate", "features", "train", "evaluate", "register"})
        .edge("storage", "ingest")
        .chain({"ingest", "validate", "features", "train", "evaluate", "register"})
        .edge("train", "tracker", "params, metrics")
        .edge("evaluate", "tracker", "metrics")
        .edge("register", "tracker", "model version")
        .edge("register", "server", "model URI")
        .edge("server", "monitor")
        .note("about", "Each component logs a child run of the pipeline run (run.child(step)); "
                       "pick the parent run in the toolbar to see every step's status and metric.")
        .build();
}

struct Entry {
    TemplateInfo info;
    Diagram (*make)();
};

const std::vector<Entry>& entries()
{
    static const std::vector<Entry> all{
        {{"mlops-level-0", "MLOps level 0: manual process",
          "Manual, script-driven steps from data to a served model"}, level0},
        {{"mlops-level-1", "MLOps level 1: ML pipeline automation",
          "An automated training pipeline that retrains continuously"}, level1},
        {{"mlops-level-2", "MLOps level 2: CI/CD pipeline automation",
          "CI/CD builds and deploys the pipeline itself"}, level2},
        {{"kubeflow-training", "Kubeflow training pipeline with experiment tracking",
          "Kubeflow components logged to an experiment tracker, served by KServe"}, kubeflow},
    };
    return all;
}

} // namespace

std::vector<TemplateInfo> TemplateCatalog::list()
{
    std::vector<TemplateInfo> out;
    for (const auto& e : entries())
        out.push_back(e.info);
    return out;
}

Diagram TemplateCatalog::create(const std::string& id)
{
    for (const auto& e : entries()) {
        if (e.info.id == id)
            return e.make();
    }
    throw DiagramError("", "no template named \"" + id.substr(0, 60) + "\"");
}

} // namespace runlens
