/// Every text the screen shows that is not a value or a key name: the keys of the string
/// tables, one table per language (`Strings+English.swift`, `Strings+Russian.swift`).
///
/// `{1}`, `{2}` in a table's text are filled in by ``Strings`` (each language may put
/// them where its grammar wants); a key in ``plurals`` holds its forms separated by `|`:
/// English `one|other`, Russian `one|few|many`.
public enum TextKey: String, CaseIterable, Hashable, Sendable {
  // Data panel.
  case dataTitle, trainRatio, trainRatioShort, noise, batch, batchAll, customPoints, regenerate
  case seed, tfSeed
  // Datasets.
  case circle, xor, gauss, spiral, moons, plane, multiGauss, pinwheel
  // Activations and regularizations that are words, not names.
  case linear, regularizationNone
  // Controls, as "… hidden in this lesson" names them.
  case showTestData, discretizeOutput, runPause, step, reset, learningRate, activation
  case regularization, regularizationRate, problemType, dataset, trainRatioControl
  case batchSize, hiddenLayers, features, speed
  // Status line.
  case diverged, divergedHint, neuron, outputNeuron, link, weight, bias, outputNode
  case outputNodeShort
  case edit, next, done, hintLayers, hintLayer, hintNeurons, hintWeights, hintNeuronMap
  case newBias, newOutputBias, newWeight, apply, cancel, saveAs, saveWeights, save, fileExists
  // Notes and errors.
  case hiddenInLesson, divergedPressReset, oneFeatureStays, pickFocusFirst
  case loaded, loading, saved, notSaved, notSavedDiverged, typeANumber, notANumber, outOfRange
  case russianNeedsUTF8, tensorFlowLink
  // Top bar.
  case digitGroupSeparator, running, paused, stateDiverged, epoch, learningRateShort,
    regularizationShort
  case regularizationRateShort, problem, classification, regression, perSecond, maxSpeed
  case classificationShort, regressionShort, lesson, lastLesson, firstLesson
  // Output column and loss chart.
  case testLoss, trainingLoss, accuracy, accuracyShort, showTestDataShort, discretizeShort
  case lossNotFinite, lowerLearningRate, thenReset, epochAxis, chartTrain, chartTest
  case logScale, outputTitle, legendClasses, legendValue
  // Network.
  case featuresTitle, inputsTitle, inTitle, hiddenLayersTitle, layersTitle, neurons
  // Key legend.
  case legendRun, legendPause, legendStep, legendReset, legendWeights, legendEdit
  case legendPresent, legendFullView, legendPresets, legendSave, legendHelp, legendQuit
  case keySpace, keySpaceShort, keyMouse
  // Help entries.
  case helpPlayPause, helpStep, helpReset, helpRegenerate, helpDataset
  case helpProblem, helpFeature, helpLayers, helpSelectLayer, helpNeurons, helpActivation
  case helpLearningRate, helpRegularization, helpRegularizationRate, helpBatchSize, helpNoise
  case helpTrainRatio, helpShowTestData, helpSpeed, helpFocus, helpEditValue
  case helpPresentation, helpPresets, helpSave, helpHelp, helpEscape, helpQuit, helpMouse
  case helpLink
  // The `u` overlay: a TensorFlow Playground link.
  case linkTitle, linkCopied, linkNotCopied, linkChosenSeed, linkFirstWeights
  case linkCannotExpress, linkCommandLine
  case helpLogScale, helpLesson, helpInspector, helpChainRule
  // Backprop inspector, chain-rule card, activation panel.
  case inspectorTitle, inspectPoint, inspectLabel, inspectTarget, inspectOutput, inspectLoss
  case phaseForward, phaseLoss, phaseBackward, linksByWeight, linksByGradient
  case legendWalk, legendPick, legendPoints, legendGradient, legendCard, legendClose
  case chainRuleTitle, chainForward, chainBackward, chainHint
  case activationTitle, zHistogram, zHistogramShort, saturated, deadNeurons, gradientFlow
  case panelLayerHint
  // Compare mode (issue 13).
  case compareTitle, compareVary, compareValues, compareStart, compareHintValue
  case compareHintSlot, compareHintAddRemove, compareOnly, notInCompare, compareLoss
  case updatesAxis, compareTrainToggle, compareUpdatesToggle, legendCompare
  case legendSingle, legendNewData, helpCompare, helpTrainLoss
  case compareLearningRate, compareBatch, compareSGD, compareGD, compareMiniBatch
  case compareNoHidden, compareLayers, compareLossName, lossSquared, lossCrossEntropy
  case compareStarted, compareEnded, compareFeatures, compareShuffle, compareNoRegularization
  // Preset picker.
  case presetsTitle, load, back, loadingList, noPresets, reading
  // The picker's link prompt (issue 16).
  case pickerLink, linkPrompt, openLink, linkEmpty, notALink
  // Help overlay frame, too-small screen.
  case helpTitle, helpCloses, hidden
  case enlargeTerminal, terminalIsNow, quitsWithQ
  // Classes and points of one's own (issue 15).
  case legendClassesMany, helpEditPoints, pointsFull, noPointNear, editPointsTitle
  case editMove, editAdd, editRemove, editClass, editDone, editCancel, editSave, editCount

  /// Keys whose text is a list of plural forms.
  public static let plurals: Set<TextKey> = [.hiddenLayersTitle, .neurons]
}
