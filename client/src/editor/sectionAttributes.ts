import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';

/**
 * The editable element's class and accessible name, computed at every view update so that a
 * language switch or an access change shows without recreating the editor. (Tiptap copies
 * `editorProps.attributes` as a plain object, so a function there would be lost.)
 */
export const SectionAttributes = Extension.create<{ label: () => string; readOnly: () => boolean }>(
  {
    name: 'sectionAttributes',
    addOptions: () => ({ label: () => '', readOnly: () => false }),
    addProseMirrorPlugins() {
      const { label, readOnly } = this.options;
      return [
        new Plugin({
          props: {
            attributes: () => ({
              class: 'section-editor__content',
              'aria-label': label(),
              'aria-multiline': 'true',
              'aria-readonly': String(readOnly()),
              spellcheck: 'false',
            }),
          },
        }),
      ];
    },
  },
);
