import { render } from 'preact';
import { DataSection } from '@/components/settings/data-section';
import { DictionarySection } from '@/components/settings/dictionary-section';
import { LlmSection } from '@/components/settings/llm-section';
import { OptionsApp } from '@/components/settings/options-app';
import '@/components/popup/popup.css';
import '@/components/settings/options.css';
import { applyTheme } from '@/lib/browser/theme';

void applyTheme();
render(
  <OptionsApp
    extraSections={
      <>
        <DictionarySection />
        <LlmSection />
        <DataSection />
      </>
    }
  />,
  document.getElementById('app')!,
);
