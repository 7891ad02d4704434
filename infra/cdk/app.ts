#!/usr/bin/env node
import { buildApp } from './chitieu-app.ts';

buildApp().app.synth();
