namespace medsafe::analysis {}
