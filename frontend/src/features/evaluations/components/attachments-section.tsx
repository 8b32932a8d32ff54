import { ATTACHMENT_MAX_BYTES, type Attachment } from '@zet/contracts';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { errorMessage } from '../../../lib/api-client';
import {
  attachmentFileUrl,
  useDeleteAttachment,
  useSessionAttachments,
  useUploadAttachment,
} from '../api/session-attachments';
import { evaluationMessages } from '../messages';

const m = evaluationMessages.attachments;

type AttachmentsSectionProps = {
  partnershipId: string;
  evaluationId: string;
  sessionId: string;
  readOnly: boolean;
  online: boolean;
};

/** Photos of the flip-overs and filled-in werkbladen (or a scan as PDF) with the session. */
export function AttachmentsSection({
  partnershipId,
  evaluationId,
  sessionId,
  readOnly,
  online,
}: AttachmentsSectionProps) {
  const ids = { partnershipId, evaluationId, sessionId };
  const id = useId();
  const list = useSessionAttachments(ids);
  const upload = useUploadAttachment(ids);
  const remove = useDeleteAttachment(ids);
  const [progress, setProgress] = useState<string>('');
  const [problems, setProblems] = useState<string[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const canUpload = !readOnly && (list.data?.canUpload ?? false);

  const addFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    const failed: string[] = [];
    let added = 0;
    for (const [index, file] of files.entries()) {
      if (file.size > ATTACHMENT_MAX_BYTES) {
        failed.push(m.tooLarge(file.name));
        continue;
      }
      setProgress(m.uploading(index + 1, files.length));
      try {
        await upload.mutateAsync(file);
        added += 1;
      } catch (error) {
        failed.push(m.failed(file.name, errorMessage(error)));
      }
    }
    setProblems(failed);
    setProgress(added > 0 ? m.uploaded(added) : '');
  };

  const removeFile = (attachment: Attachment) => {
    remove.mutate(attachment.id, {
      onSuccess: () => setProgress(m.removed(attachment.filename)),
      onError: (error) => setProblems([errorMessage(error)]),
    });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="capture-section">
      <h2 id={`${id}-title`}>{m.title}</h2>
      {list.isError ? <p className="muted">{m.loadFailed}</p> : null}
      {list.data && list.data.items.length === 0 ? <p className="muted">{m.none}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="attachments">
          {list.data.items.map((attachment) => {
            const url = attachmentFileUrl(ids, attachment.id);
            const isImage = attachment.contentType.startsWith('image/');
            return (
              <li key={attachment.id} className="attachment">
                <a
                  href={url}
                  target="_blank"
                  rel="noopener"
                  className="attachment__preview"
                  aria-label={m.open(attachment.filename)}
                >
                  {isImage ? (
                    <img src={url} alt="" loading="lazy" />
                  ) : (
                    <span className="attachment__pdf" aria-hidden="true">
                      PDF
                    </span>
                  )}
                </a>
                <span className="attachment__name">{attachment.filename}</span>
                <span className="attachment__size">{m.size(attachment.size)}</span>
                {attachment.canDelete && !readOnly ? (
                  <button
                    type="button"
                    className="icon-button icon-button--danger attachment__remove"
                    onClick={() => removeFile(attachment)}
                    disabled={remove.isPending}
                  >
                    <span aria-hidden="true">×</span>
                    <span className="visually-hidden">{m.remove(attachment.filename)}</span>
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {canUpload ? (
        <div className="attachment-upload">
          <label htmlFor={`${id}-file`} className="button button--secondary">
            {m.choose}
          </label>
          <input
            id={`${id}-file`}
            ref={inputRef}
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp,application/pdf"
            className="visually-hidden"
            aria-describedby={`${id}-help`}
            disabled={!online || upload.isPending}
            onChange={(event) => void addFiles(event)}
          />
          <p id={`${id}-help`} className="field__hint">
            {online ? m.help : m.offline}
          </p>
        </div>
      ) : null}
      <p role="status" className="small">
        {progress}
      </p>
      {problems.length > 0 ? (
        <ul role="alert" className="field__error attachment__problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
